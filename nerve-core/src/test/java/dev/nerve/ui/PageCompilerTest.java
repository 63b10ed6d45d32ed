package dev.nerve.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.event.Event;
import dev.nerve.event.StateTypes;
import dev.nerve.state.Computed;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import dev.nerve.state.StateDefinitionException;
import dev.nerve.state.Var;
import org.junit.jupiter.api.Test;

import static dev.nerve.ui.Html.button;
import static dev.nerve.ui.Html.computed;
import static dev.nerve.ui.Html.cond;
import static dev.nerve.ui.Html.foreach;
import static dev.nerve.ui.Html.heading;
import static dev.nerve.ui.Html.hstack;
import static dev.nerve.ui.Html.input;
import static dev.nerve.ui.Html.li;
import static dev.nerve.ui.Html.text;
import static dev.nerve.ui.Html.ul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Views compile once into the description the browser renders; every binding is checked. */
class PageCompilerTest {
    private final ObjectMapper mapper = StateCodec.defaultMapper();
    private final PageCompiler compiler = new PageCompiler(new StateTypes(new StateCodec(mapper)), mapper);

    public record Todo(int id, String title) { }

    public static class Board extends State {
        public final Var<Integer> counter = var(0);
        public final Var<Boolean> running = var(false);
        public final ListVar<Todo> todos = listVar();
        final Var<String> secret = backendVar("s");

        @Event public void toggle() { running.set(!running.get()); }
        @Event public void setMax(String value) { }
        @Event public void remove(int id) { }
        public void notAnEvent() { }

        @Computed public int doubled() { return counter.get() * 2; }
    }

    public static class Other extends State {
        public final Var<String> note = var("");
    }

    @Test
    void theSeedsViewCompilesToBindingsAndListeners() throws Exception {
        CompiledPage page = compiler.compile(Board.class, s -> hstack(
                heading(s.counter, " /"),
                input().value(s.counter).onChange(s::setMax).width("8em"),
                button(cond(s.running.not(), "Start", "Stop")).onClick(s::toggle)));

        JsonNode root = mapper.readTree(page.description());
        assertThat(root.get("tag").asText()).isEqualTo("div");
        assertThat(root.get("class").toString()).isEqualTo("[\"nerve-hstack\"]");
        JsonNode children = root.get("children");
        assertThat(children.get(0).toString()).isEqualTo("{\"tag\":\"h2\",\"children\":[{\"text\":[{\"var\":\"Board.counter\"},\" /\"]}]}");
        assertThat(children.get(1).get("attrs").get("value").toString()).isEqualTo("{\"var\":\"Board.counter\"}");
        assertThat(children.get(1).get("style").toString()).isEqualTo("{\"width\":\"8em\"}");
        assertThat(children.get(1).get("on").toString())
                .isEqualTo("[{\"event\":\"change\",\"handler\":\"Board.setMax\",\"args\":[],\"passes\":\"value\"}]");
        assertThat(children.get(2).get("children").get(0).get("text").get(0).toString())
                .isEqualTo("{\"op\":\"cond\",\"args\":[{\"op\":\"not\",\"args\":[{\"var\":\"Board.running\"}]},\"Start\",\"Stop\"]}");
        assertThat(page.states()).containsExactly("Board");
    }

    @Test
    void foreachItemsComputedVarsAndOtherStatesCompile() throws Exception {
        CompiledPage page = compiler.compile(Board.class, s -> ul(
                foreach(s.todos, "id", todo -> li(todo.field("title"), button("x").onClick(s::remove, todo.field("id")))),
                text(computed(s::doubled)),
                text(s.state(Other.class).note)));

        JsonNode each = mapper.readTree(page.description()).get("children").get(0);
        assertThat(each.get("each").toString()).isEqualTo("{\"var\":\"Board.todos\"}");
        assertThat(each.get("key").asText()).isEqualTo("id");
        assertThat(each.get("template").get("children").get(1).get("on").get(0).get("args").toString())
                .isEqualTo("[{\"op\":\"get\",\"args\":[{\"item\":0},\"id\"]}]");
        assertThat(page.description()).contains("{\"var\":\"Board.doubled\"}").contains("{\"var\":\"Other.note\"}");
        assertThat(page.states()).containsExactlyInAnyOrder("Board", "Other");
    }

    @Test
    void constantObjectsAreMarkedAsLiteralsSoTheyCannotPoseAsExpressions() {
        CompiledPage page = compiler.compile(Board.class, s -> text(s.counter.eq(java.util.Map.of("var", "Board.secret"))));
        assertThat(page.description()).contains("{\"lit\":{\"var\":\"Board.secret\"}}");
    }

    @Test
    void aViewThatReadsAVarWithGetIsRefused() {
        assertThatThrownBy(() -> compiler.compile(Board.class, s -> heading(s.counter.get())))
                .isInstanceOf(StateDefinitionException.class).hasMessageContaining("the view read counter with get()");
    }

    @Test
    void aBackendVarCannotBeShown() {
        assertThatThrownBy(() -> compiler.compile(Board.class, s -> text(s.secret)))
                .isInstanceOf(StateDefinitionException.class).hasMessageContaining("Board.secret: a backend var is never sent to the browser");
    }

    @Test
    void listenersMustNameHandlers() {
        assertThatThrownBy(() -> compiler.compile(Board.class, s -> button("x").onClick(s::notAnEvent)))
                .hasMessageContaining("Board.notAnEvent: the view binds it to click, but it is not an @Event handler");
        // A wrong number of arguments does not compile: Action, Action1 and Action2 fix the handler's arity.
    }

    @Test
    void aViewCannotWrite() {
        assertThatThrownBy(() -> compiler.compile(Board.class, s -> {
            s.counter.set(3);
            return text("x");
        })).hasMessageContaining("a view describes the page and cannot write counter");
    }

    @Test
    void eventAttributesCannotBeSetAsAttributes() {
        assertThatThrownBy(() -> text("x").attr("onclick", "alert(1)")).hasMessageContaining("'onclick' is not an attribute a view may set");
        assertThatThrownBy(() -> text("x").attr("style", "color: red")).hasMessageContaining("use style(property, value)");
        assertThatThrownBy(() -> text("x").attr("srcdoc", "<b>")).hasMessageContaining("srcdoc is refused");
    }
}
