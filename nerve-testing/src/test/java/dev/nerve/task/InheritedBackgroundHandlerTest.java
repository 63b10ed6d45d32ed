package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** A background handler declared on a superclass runs as a background task of the subclass. */
@Timeout(10)
class InheritedBackgroundHandlerTest {

    public abstract static class Worker extends State {
        public final Var<String> ranOn = var("");

        @Event(background = true)
        public void work() throws InterruptedException {
            boolean onTask = BackgroundTask.current() != null;
            String thread = Thread.currentThread().getName();
            lock(() -> ranOn.set(onTask + " " + thread.startsWith("nerve-task-")));
        }
    }

    public static class ConcreteWorker extends Worker {
        public final Var<Integer> extra = var(1);
    }

    public static class OverridingWorker extends Worker {
        public final Var<Integer> before = var(0);

        @Override
        public void work() throws InterruptedException {
            lock(() -> before.set(1));
            super.work();
        }
    }

    @Test
    void anOverrideThatCallsSuperIsOneHandlerNotADirectCall() {
        try (TestClient client = TestClient.create(config -> config.states(OverridingWorker.class))) {
            TestTab tab = client.openTab();
            tab.send(OverridingWorker::work);

            OverridingWorker seen = tab.await(OverridingWorker.class, s -> !s.ranOn.get().isEmpty());
            assertThat(seen.ranOn.get()).isEqualTo("true true");
            assertThat(seen.before.get()).isEqualTo(1);
            assertThat(tab.errors()).isEmpty();
        }
    }

    @Test
    void theSuperclassHandlerRunsAsABackgroundTaskOfTheSubclass() {
        try (TestClient client = TestClient.create(config -> config.states(ConcreteWorker.class))) {
            TestTab tab = client.openTab();
            tab.send(ConcreteWorker::work);

            assertThat(tab.await(ConcreteWorker.class, s -> !s.ranOn.get().isEmpty()).ranOn.get()).isEqualTo("true true");
            assertThat(tab.errors()).isEmpty();
        }
    }
}
