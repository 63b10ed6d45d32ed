package dev.nerve.event;

import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** R-EV-3: returned or emitted events queue behind the token's waiting events, on the server. */
@Timeout(10)
class ChainedEventsTest {
    static volatile CountDownLatch proceed = new CountDownLatch(0);

    public static class Chain extends State {
        public final ListVar<String> order = listVar();

        @Event
        public EventSpec first() throws InterruptedException {
            proceed.await(5, TimeUnit.SECONDS);
            order.add("first");
            return EventSpec.of(Chain::mark, "returned by first");
        }

        @Event
        public List<EventSpec> many() {
            order.add("many");
            return List.of(EventSpec.of(Chain::mark, "one"), EventSpec.of(Chain::mark, "two"));
        }

        @Event
        public void emitting() throws InterruptedException {
            proceed.await(5, TimeUnit.SECONDS);
            emit(EventSpec.of(Chain::mark, "emitted"));
            order.add("emitting");
        }

        @Event
        public void mark(String label) {
            order.add(label);
        }
    }

    @Test
    void aReturnedEventRunsAfterTheEventsAlreadyWaiting() {
        proceed = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Chain.class))) {
            TestTab tab = client.openTab();
            tab.send(Chain::first);
            long second = tab.send(Chain::mark, "sent second");
            proceed.countDown();

            tab.await(Chain.class, s -> s.order.size() == 3);
            assertThat(tab.view(Chain.class).order.get()).containsExactly("first", "sent second", "returned by first");
            assertThat(tab.awaitDone(second)).isNotNull();
        }
    }

    @Test
    void aReturnedListRunsInOrder() {
        try (TestClient client = TestClient.create(config -> config.states(Chain.class))) {
            TestTab tab = client.openTab();
            tab.send(Chain::many);

            tab.await(Chain.class, s -> s.order.size() == 3);
            assertThat(tab.view(Chain.class).order.get()).containsExactly("many", "one", "two");
        }
    }

    @Test
    void anEventEmittedMidHandlerAlsoQueuesBehindWaitingEvents() {
        proceed = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Chain.class))) {
            TestTab tab = client.openTab();
            tab.send(Chain::emitting);
            tab.send(Chain::mark, "sent second");
            proceed.countDown();

            tab.await(Chain.class, s -> s.order.size() == 3);
            assertThat(tab.view(Chain.class).order.get()).containsExactly("emitting", "sent second", "emitted");
        }
    }
}
