package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.event.EventSpec;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-EV-3: events a task emits in a burst are all applied, in the order emitted. */
class EmitManyTest {

    public static class Sequence extends State {
        public final Var<Integer> count = var(0);
        public final Var<Integer> last = var(0);
        public final Var<Integer> outOfOrder = var(0);

        @Event(background = true)
        public void emitThousand() {
            for (int i = 1; i <= 1000; i++) emit(EventSpec.of(Sequence::record, i));
        }

        @Event
        public void record(int number) {
            if (number != last.get() + 1) outOfOrder.update(n -> n + 1);
            last.set(number);
            count.update(c -> c + 1);
        }
    }

    @RepeatedTest(5)
    @Timeout(20)
    void aThousandEmittedIncrementsEndAtAThousandInOrder() {
        try (TestClient client = TestClient.create(config -> config.states(Sequence.class))) {
            TestTab tab = client.openTab();
            tab.send(Sequence::emitThousand);

            Sequence seen = tab.await(Sequence.class, s -> s.count.get() == 1000);
            assertThat(seen.last.get()).isEqualTo(1000);
            assertThat(seen.outOfOrder.get()).isZero();
            assertThat(tab.stored(Sequence.class).count.get()).isEqualTo(1000);
        }
    }
}
