package dev.nerve.event;

import dev.nerve.LogCapture;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-EV-1: bad input gets a clear error message back and changes nothing; the next good event works. */
@Timeout(10)
class BadInputTest {

    public record Point(int x, int y) { }

    public static class Inputs extends State {
        public final Var<Integer> value = var(0);
        public final Var<Point> point = var(new Point(0, 0));

        @Event
        public void set(int newValue) {
            value.set(newValue);
        }

        @Event
        public void move(Point to) {
            point.set(to);
        }

        public void notAnEvent() {
            value.set(-1);
        }
    }

    private TestClient client;
    private TestTab tab;

    @BeforeEach
    void open() {
        client = TestClient.create(config -> config.states(Inputs.class).maxMessageBytes(1024));
        tab = client.openTab();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anUnknownHandlerName() {
        assertRejected(tab.sendNamed("Inputs.nope"), "no @Event handler 'Inputs.nope'");
        assertRejected(tab.sendNamed("Nope.set", 1), "no @Event handler 'Nope.set'");
        assertRejected(tab.sendNamed("set", 1), "no @Event handler 'set'");
    }

    @Test
    void aMethodWithoutEvent() {
        assertRejected(tab.send(Inputs::notAnEvent), "no @Event handler 'Inputs.notAnEvent'");
    }

    @Test
    void aWrongArgumentCount() {
        assertRejected(tab.sendNamed("Inputs.set"), "Inputs.set takes 1 argument (int), got 0 arguments");
        assertRejected(tab.sendNamed("Inputs.set", 1, 2), "Inputs.set takes 1 argument (int), got 2 arguments");
    }

    @Test
    void aWrongArgumentType() {
        assertRejected(tab.sendNamed("Inputs.set", "abc"), "Inputs.set: argument 1 must be int, got string \"abc\"");
        assertRejected(tab.sendNamed("Inputs.set", "5"), "argument 1 must be int, got string \"5\"");
        assertRejected(tab.sendNamed("Inputs.set", (Object) null), "argument 1 must be int, got null");
        assertRejected(tab.sendNamed("Inputs.set", 1.5), "argument 1 must be int");
        assertRejected(tab.sendNamed("Inputs.move", "here"), "Inputs.move: argument 1 must be Point");
        assertRejected(tab.sendNamed("Inputs.move", java.util.Map.of("x", 1, "z", 2)), "argument 1 must be Point");
    }

    @Test
    void aPayloadThatIsNotJson() {
        tab.sendRaw("{not json");
        assertThat(tab.awaitErrors(1).get(0)).startsWith("the message is not JSON");
        tab.sendRaw("[1, 2]");
        assertThat(tab.awaitErrors(2).get(1)).isEqualTo("a message must be a JSON object");
        tab.sendRaw("{\"type\":\"event\",\"handler\":\"Inputs.set\",\"args\":[1]}");
        assertThat(tab.awaitErrors(3).get(2)).isEqualTo("an event needs a numeric 'id'");
        tab.sendRaw("{\"type\":\"teleport\"}");
        assertThat(tab.awaitErrors(4).get(3)).isEqualTo("unknown message type 'teleport'");
        tab.sendRaw("{\"type\":\"event\",\"id\":1,\"handler\":\"Inputs.set\",\"args\":7}");
        assertThat(tab.awaitErrors(5).get(4)).isEqualTo("an event's 'args' must be an array");
        assertNothingChangedAndTheNextEventWorks();
    }

    @Test
    void aMessageOverTheSizeLimit() {
        tab.sendRaw("{\"type\":\"event\",\"id\":1,\"handler\":\"Inputs.set\",\"args\":[1],\"pad\":\"" + "x".repeat(2000) + "\"}");
        assertThat(tab.awaitErrors(1).get(0)).isEqualTo("the message is larger than 1024 bytes and was dropped");
        tab.sendRaw("{\"type\":\"event\",\"id\":1,\"handler\":\"Inputs.set\",\"args\":[1],\"pad\":\"" + "€".repeat(400) + "\"}");
        assertThat(tab.awaitErrors(2).get(1)).contains("larger than 1024 bytes");
        assertNothingChangedAndTheNextEventWorks();
    }

    @Test
    void badInputIsNotLoggedAsAServerError() {
        try (LogCapture log = LogCapture.of("dev.nerve")) {
            tab.sendRaw("{not json");
            tab.awaitDone(tab.sendNamed("Inputs.set", "abc"));
            assertThat(log.events()).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR));
        }
    }

    private void assertRejected(long id, String expected) {
        ServerMessage reply = tab.awaitDone(id);
        assertThat(reply).isInstanceOf(ServerMessage.Error.class);
        assertThat(((ServerMessage.Error) reply).message()).contains(expected);
        assertNothingChangedAndTheNextEventWorks();
    }

    private void assertNothingChangedAndTheNextEventWorks() {
        assertThat(tab.stored(Inputs.class).value.get()).isZero();
        assertThat(tab.view(Inputs.class).value.get()).isZero();
        assertThat(tab.deltas()).allMatch(d -> d.isEmpty());
        TestTab other = client.openTab();
        other.call(Inputs::set, 3);
        assertThat(other.view(Inputs.class).value.get()).isEqualTo(3);
        assertThat(other.errors()).isEmpty();
    }
}
