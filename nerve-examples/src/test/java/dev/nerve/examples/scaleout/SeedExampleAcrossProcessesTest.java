package dev.nerve.examples.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nerve.WireClient;
import dev.nerve.testing.LocalRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-RD-4 with the instances as separate processes sharing one redis-server, driven over real
 * WebSockets: the seed example's task is started through instance A; the tab reconnects to
 * instance B mid-run; every later increment reaches B, and the count ends right.
 */
@Timeout(120)
class SeedExampleAcrossProcessesTest {

    @Test
    void aTabMovedToAnotherInstanceMidRunGetsEveryLaterIncrementAndTheRightFinalCount() {
        try (LocalRedis redis = LocalRedis.start();
             AppProcess a = AppProcess.start("instance-a", redis.url(0));
             AppProcess b = AppProcess.start("instance-b", redis.url(0))) {
            assertThat(a.pid()).isNotEqualTo(b.pid());
            String token;
            try (WireClient onA = WireClient.connect(a.port(), "page=/&tab=tab-1")) {
                token = onA.token();
                onA.call("TaskState.setMaxCounter", "8");
                onA.call("TaskState.toggleRunning");
                onA.awaitValue("TaskState", "counter", v -> v.asInt() >= 2);
            }

            try (WireClient onB = WireClient.connect(b.port(), "page=/&tab=tab-1&token=" + token)) {
                assertThat(onB.token()).isEqualTo(token);
                int hydrated = onB.hydrate().path("state").path("TaskState").path("counter").asInt();
                assertThat(hydrated).isBetween(2, 7);
                assertThat(onB.hydrate().path("state").path("TaskState").path("running").asBoolean()).as("the loop runs on A").isTrue();

                onB.awaitValue("TaskState", "counter", v -> v.asInt() >= 8);
                onB.awaitValue("TaskState", "running", v -> !v.asBoolean());
                assertThat(onB.value("TaskState", "counter").asInt()).isEqualTo(8);
                assertThat(counterValuesAfterHydrate(onB)).as("every later increment, in order").isEqualTo(range(hydrated, 8));
            }
            try (WireClient again = WireClient.connect(a.port(), "page=/&tab=tab-1&token=" + token)) {
                assertThat(again.hydrate().path("state").path("TaskState").path("counter").asInt()).isEqualTo(8);
            }
        }
    }

    private static List<Integer> counterValuesAfterHydrate(WireClient tab) {
        List<Integer> values = new ArrayList<>();
        for (JsonNode message : tab.messages()) {
            JsonNode states = message.has("state") ? message.path("state") : message.path("changes");
            JsonNode counter = states.path("TaskState").get("counter");
            if (counter != null && (values.isEmpty() || values.getLast() != counter.asInt())) values.add(counter.asInt());
        }
        return values;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) values.add(i);
        return values;
    }
}
