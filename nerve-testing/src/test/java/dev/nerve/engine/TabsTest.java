package dev.nerve.engine;

import dev.nerve.event.Event;
import dev.nerve.protocol.Protocol;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-CON-1, R-CON-2: reconnects keep their token, duplicated tabs get their own. */
@Timeout(10)
class TabsTest {

    public static class Pad extends State {
        public final Var<String> text = var("");

        @Event
        public void write(String value) {
            text.set(value);
        }
    }

    @Test
    void aDuplicatedTabGetsItsOwnTokenAndState() {
        try (TestClient client = TestClient.create(config -> config.states(Pad.class))) {
            TestTab original = client.openTab();
            original.call(Pad::write, "mine");
            TestTab duplicate = original.duplicate();

            assertThat(duplicate.token()).isNotEqualTo(original.token());
            assertThat(duplicate.messages().get(0)).isEqualTo(new ServerMessage.NewToken(duplicate.token()));
            assertThat(duplicate.view(Pad.class).text.get()).isEmpty();
            duplicate.call(Pad::write, "theirs");
            assertThat(original.stored(Pad.class).text.get()).isEqualTo("mine");
            assertThat(duplicate.stored(Pad.class).text.get()).isEqualTo("theirs");
            assertThat(original.isClosedByServer()).isFalse();
        }
    }

    @Test
    void aReconnectOverlappingTheOldConnectionKeepsTheTokenAndReplacesTheOldOne() {
        try (TestClient client = TestClient.create(config -> config.states(Pad.class))) {
            TestTab before = client.openTab();
            before.call(Pad::write, "kept");
            TestTab after = before.reconnect();

            assertThat(after.token()).isEqualTo(before.token());
            assertThat(after.view(Pad.class).text.get()).isEqualTo("kept");
            assertThat(before.closeCode()).isEqualTo(Protocol.CLOSE_REPLACED);
            after.call(Pad::write, "still mine");
            assertThat(after.stored(Pad.class).text.get()).isEqualTo("still mine");
            before.close();
            after.call(Pad::write, "after the old one closed");
            assertThat(after.view(Pad.class).text.get()).isEqualTo("after the old one closed");
        }
    }

    @Test
    void aTabPresentingATokenNoLiveTabHoldsKeepsIt() {
        try (TestClient client = TestClient.create(config -> config.states(Pad.class))) {
            TestTab first = client.openTab();
            first.call(Pad::write, "saved");
            first.close();

            TestTab later = client.openTab(first.token());
            assertThat(later.token()).isEqualTo(first.token());
            assertThat(later.view(Pad.class).text.get()).isEqualTo("saved");
        }
    }

    @Test
    void aMalformedTokenIsReplacedByAFreshOne() {
        try (TestClient client = TestClient.create(config -> config.states(Pad.class))) {
            TestTab tab = client.openTab("not a token!");
            assertThat(tab.token()).isNotEqualTo("not a token!");
            assertThat(Tokens.isWellFormed(tab.token())).isTrue();
        }
    }

    @Test
    void aPingIsAnsweredWithAPong() {
        try (TestClient client = TestClient.create(config -> config.states(Pad.class))) {
            TestTab tab = client.openTab();
            tab.sendRaw("{\"type\":\"ping\",\"id\":42}");
            tab.awaitMessages(m -> m.contains(new ServerMessage.Pong(42)), "the pong");
        }
    }
}
