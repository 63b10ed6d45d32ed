package dev.nerve.event;

import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;
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

    public static class Unregistrable extends State {
        public Var<Integer> notFinal = var(0);

        @Event
        public void go() { }
    }

    public static class Caller extends State {
        public final Var<Integer> clicks = var(0);

        @Event
        public EventSpec click() {
            clicks.update(c -> c + 1);
            return EventSpec.of(Unregistrable::go);
        }

        @Event
        public void noop() { }
    }

    @Test
    void aChainedEventThatCannotRunFailsItsHandlerBeforeAnythingIsStored() {
        try (TestClient client = TestClient.create(config -> config.states(Caller.class))) {
            TestTab tab = client.openTab();
            long id = tab.send(Caller::click);

            assertThat(tab.awaitDone(id)).isInstanceOfSatisfying(dev.nerve.protocol.ServerMessage.Error.class,
                    e -> assertThat(e.message()).contains("Unregistrable.notFinal: a var field must be final"));
            tab.call(Caller::noop); // anything the failed event still sent has arrived by now
            assertThat(tab.messages()).filteredOn(m -> finishes(m, id)).hasSize(1);
            assertThat(tab.stored(Caller.class).clicks.get()).isZero();
        }
    }

    private static boolean finishes(dev.nerve.protocol.ServerMessage m, long id) {
        return m instanceof dev.nerve.protocol.ServerMessage.Delta d && java.util.Objects.equals(d.event(), id)
                || m instanceof dev.nerve.protocol.ServerMessage.Error e && java.util.Objects.equals(e.event(), id);
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
