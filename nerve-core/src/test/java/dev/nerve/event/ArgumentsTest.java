package dev.nerve.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event arguments decode strictly by parameter type. */
class ArgumentsTest {
    private final ObjectMapper mapper = StateCodec.defaultMapper();
    private final Arguments arguments = new Arguments(mapper);

    public record Item(String name, int qty) { }

    public enum Color { RED, GREEN }

    public static class Handlers extends State {
        @Event public void all(int i, long l, double d, boolean b, String s, Color c) { }
        @Event public void items(List<Item> items, Optional<String> note) { }
        @Event public void boxed(Integer maybe) { }
    }

    private final HandlerTable table = HandlerTable.scan(Handlers.class, mapper.getTypeFactory());

    @Test
    void scalarsEnumsRecordsAndGenericsDecode() {
        Object[] all = arguments.decode(table.get("all"), json("[1, 2, 3.5, true, \"s\", \"GREEN\"]"));
        assertThat(all).containsExactly(1, 2L, 3.5, true, "s", Color.GREEN);
        Object[] items = arguments.decode(table.get("items"), json("[[{\"name\":\"a\",\"qty\":2}], null]"));
        assertThat(items[0]).isEqualTo(List.of(new Item("a", 2)));
        assertThat(arguments.decode(table.get("boxed"), json("[null]"))).containsExactly((Object) null);
    }

    @Test
    void noSilentCoercion() {
        assertThatThrownBy(() -> arguments.decode(table.get("all"), json("[\"1\", 2, 3.5, true, \"s\", \"RED\"]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.all: argument 1 must be int, got string \"1\"");
        assertThatThrownBy(() -> arguments.decode(table.get("all"), json("[1, 2, 3.5, true, 5, \"RED\"]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.all: argument 5 must be String, got number 5");
        assertThatThrownBy(() -> arguments.decode(table.get("all"), json("[1, 2, 3.5, true, \"s\", \"BLUE\"]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.all: argument 6 must be Color");
        assertThatThrownBy(() -> arguments.decode(table.get("all"), json("[1, 2, 3.5, 1, \"s\", \"RED\"]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.all: argument 4 must be boolean, got number 1");
        assertThatThrownBy(() -> arguments.decode(table.get("all"), json("[1, 2, 3.5, true, \"s\", 1]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.all: argument 6 must be Color, got number 1");
        assertThatThrownBy(() -> arguments.decode(table.get("items"), json("[[{\"name\":\"a\",\"qty\":2,\"extra\":1}], null]")))
                .isInstanceOf(BadEventException.class).hasMessageStartingWith("Handlers.items: argument 1 must be List");
    }

    @Test
    void theCountMustMatch() {
        assertThatThrownBy(() -> arguments.decode(table.get("boxed"), json("[]")))
                .hasMessage("Handlers.boxed takes 1 argument (Integer), got 0 arguments");
    }

    private List<JsonNode> json(String array) {
        try {
            List<JsonNode> list = new java.util.ArrayList<>();
            mapper.readTree(array).forEach(list::add);
            return list;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
