package dev.nerve.event;

import dev.nerve.LogCapture;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-EV-5: a throwing handler is rolled back; the browser is told once; the queue goes on; browser and store agree. */
@Timeout(10)
class HandlerRollbackTest {

    public static class Account extends State {
        public final Var<Integer> balance = var(100);
        public final ListVar<String> log = listVar();
        final Var<Integer> audits = backendVar(0);

        @Event
        public void withdraw(int amount) {
            log.add("withdraw " + amount);
            audits.update(a -> a + 1);
            balance.update(b -> b - amount);
            if (balance.get() < 0) throw new IllegalStateException("insufficient funds");
        }

        @Event
        public EventSpec withdrawAndChain(int amount) {
            withdraw(amount);
            return EventSpec.of(Account::note, "chained");
        }

        @Event
        public void note(String text) {
            log.add(text);
        }
    }

    @Test
    void everyVarTheHandlerChangedTakesItsOldValueAndTheNextEventRuns() {
        try (LogCapture failures = LogCapture.failures();
             TestClient client = TestClient.create(config -> config.states(Account.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            long failed = tab.sendNamed("Account.withdraw", 500);
            long next = tab.sendNamed("Account.withdraw", 30);

            assertThat(tab.awaitDone(failed)).isInstanceOfSatisfying(ServerMessage.Error.class,
                    e -> assertThat(e.message()).isEqualTo("Account.withdraw failed: IllegalStateException: insufficient funds"));
            assertThat(tab.awaitDone(next)).isInstanceOf(ServerMessage.Delta.class);
            Account stored = tab.stored(Account.class);
            assertThat(stored.balance.get()).isEqualTo(70);
            assertThat(stored.log.get()).containsExactly("withdraw 30");
            assertThat(stored.audits.get()).isEqualTo(1);
            assertThat(tab.view(Account.class).balance.get()).isEqualTo(70);
            assertThat(tab.view(Account.class).log.get()).containsExactly("withdraw 30");
            assertThat(tab.history(Account.class, s -> s.balance)).containsExactly(100, 70);
            assertThat(failures.messages()).singleElement().asString().contains("Account.withdraw failed");
        }
    }

    public static class Flaky extends State {
        static final IllegalStateException NOT_READY = new IllegalStateException("not ready");
        public final Var<Integer> pokes = var(0);

        @Event
        public void poke() {
            pokes.update(p -> p + 1);
            throw NOT_READY;
        }
    }

    @Test
    void everyFailureIsReportedEvenWhenTheExceptionObjectIsReused() {
        try (LogCapture failures = LogCapture.failures();
             TestClient client = TestClient.create(config -> config.states(Flaky.class))) {
            TestTab tab = client.openTab();
            assertThat(tab.call(Flaky::poke)).isInstanceOf(ServerMessage.Error.class);
            assertThat(tab.call(Flaky::poke)).isInstanceOf(ServerMessage.Error.class);
            assertThat(failures.messages()).hasSize(2);
            assertThat(tab.stored(Flaky.class).pokes.get()).isZero();
        }
    }

    @Test
    void eventsReturnedByAFailedHandlerDoNotRun() {
        try (TestClient client = TestClient.create(config -> config.states(Account.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            tab.call(Account::withdrawAndChain, 500);
            tab.call(Account::note, "after");

            assertThat(tab.stored(Account.class).log.get()).containsExactly("after");
        }
    }

    @Test
    void withoutErrorDetailsTheBrowserGetsNoExceptionText() {
        try (TestClient client = TestClient.create(config -> config.states(Account.class).errorDetails(false))) {
            TestTab tab = client.openTab();
            tab.call(Account::withdraw, 500);

            assertThat(tab.errors()).containsExactly("Account.withdraw failed; the server log has the details");
        }
    }
}
