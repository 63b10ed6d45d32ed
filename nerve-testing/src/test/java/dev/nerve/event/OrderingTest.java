package dev.nerve.event;

import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** R-EV-2: one token's events run one at a time in arrival order; different tokens run in parallel. */
@Timeout(20)
class OrderingTest {
    static final AtomicInteger inside = new AtomicInteger();
    static final AtomicInteger mostInside = new AtomicInteger();
    static volatile CyclicBarrier meeting;

    public static class Serial extends State {
        public final ListVar<Integer> seen = listVar();

        @Event
        public void record(int n) throws InterruptedException {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.sleep(1);
            seen.add(n);
            inside.decrementAndGet();
        }

        @Event
        public void meet() throws InterruptedException, BrokenBarrierException, TimeoutException {
            meeting.await(5, TimeUnit.SECONDS);
            seen.add(-1);
        }
    }

    @RepeatedTest(5)
    void oneTokensEventsRunOneAtATimeInArrivalOrder() {
        mostInside.set(0);
        try (TestClient client = TestClient.create(config -> config.states(Serial.class))) {
            TestTab tab = client.openTab();
            for (int n = 0; n < 100; n++) tab.send(Serial::record, n);

            tab.await(Serial.class, s -> s.seen.size() == 100);
            assertThat(tab.view(Serial.class).seen.get()).isEqualTo(IntStream.range(0, 100).boxed().toList());
            assertThat(mostInside).hasValue(1);
        }
    }

    @Test
    void manyTokensSendingAtOnceEachKeepTheirOrder() throws InterruptedException {
        try (TestClient client = TestClient.create(config -> config.states(Serial.class))) {
            List<TestTab> tabs = IntStream.range(0, 20).mapToObj(i -> client.openTab()).toList();
            List<Thread> senders = tabs.stream().map(tab -> Thread.ofVirtual().start(() -> {
                for (int n = 0; n < 50; n++) tab.send(Serial::record, n);
            })).toList();
            for (Thread sender : senders) sender.join();

            for (TestTab tab : tabs) {
                tab.await(Serial.class, s -> s.seen.size() == 50);
                assertThat(tab.view(Serial.class).seen.get()).isEqualTo(IntStream.range(0, 50).boxed().toList());
            }
        }
    }

    @Test
    void differentTokensRunInParallel() {
        meeting = new CyclicBarrier(2);
        try (TestClient client = TestClient.create(config -> config.states(Serial.class))) {
            TestTab one = client.openTab();
            TestTab two = client.openTab();
            one.send(Serial::meet);
            two.send(Serial::meet);

            one.await(Serial.class, s -> s.seen.size() == 1);
            two.await(Serial.class, s -> s.seen.size() == 1);
            assertThat(one.errors()).isEmpty();
            assertThat(two.errors()).isEmpty();
        }
    }
}
