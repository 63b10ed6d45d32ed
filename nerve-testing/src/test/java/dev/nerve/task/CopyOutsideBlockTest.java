package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** R-VAR-2: a copy or slice of a list var is a plain value; what get() hands out cannot change the var. */
@Timeout(10)
class CopyOutsideBlockTest {

    public static class Listing extends State {
        public final ListVar<Integer> numbers = listVar(1, 2, 3, 4);
        public final Var<String> done = var("");

        @Event(background = true)
        public void changeCopies() throws InterruptedException {
            List<Integer> copy = numbers.copy();
            copy.add(5);
            List<Integer> slice = numbers.slice(1, 3);
            slice.set(0, 20);
            slice.clear();
            String summary = copy + " " + slice + " " + numbers.get();
            lock(() -> done.set(summary));
        }
    }

    @Test
    void changingACopyOrSliceOutsideABlockIsNoErrorAndNoDelta() {
        try (TestClient client = TestClient.create(config -> config.states(Listing.class))) {
            TestTab tab = client.openTab();
            tab.send(Listing::changeCopies);

            Listing seen = tab.await(Listing.class, s -> !s.done.get().isEmpty());
            assertThat(seen.done.get()).isEqualTo("[1, 2, 3, 4, 5] [] [1, 2, 3, 4]");
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.errors()).isEmpty();
            assertThat(tab.deltas()).allSatisfy(d -> assertThat(d.changes().getOrDefault("Listing", java.util.Map.of())).doesNotContainKey("numbers"));
            assertThat(tab.stored(Listing.class).numbers.get()).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void whatGetHandsOutCannotChangeTheVar() {
        Listing detached = new Listing();
        assertThatThrownBy(() -> detached.numbers.get().add(9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(detached.numbers.get()).containsExactly(1, 2, 3, 4);
    }
}
