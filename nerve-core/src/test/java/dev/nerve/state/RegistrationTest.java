package dev.nerve.state;

import dev.nerve.event.Event;
import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerTable;
import dev.nerve.event.StateTypes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-EV-6, R-VAR-4: registration checks a state class once and names the class and member at fault. */
class RegistrationTest {
    private final StateCodec codec = new StateCodec(StateCodec.defaultMapper());

    public static class PrivateHandler extends State {
        @Event
        private void hidden() { }
    }

    public static class StaticHandler extends State {
        @Event
        public static void shared() { }
    }

    public static class BackgroundReturningInt extends State {
        @Event(background = true)
        public int count() { return 1; }
    }

    public static class BackgroundReturningSpec extends State {
        @Event(background = true)
        public EventSpec chain() { return null; }
    }

    public static class DuplicateNames extends State {
        @Event
        public void go() { }

        @Event
        public void go(int speed) { }
    }

    public static class Unencodable extends State {
        public final Var<Object> thing = var(new Object());
    }

    public static class Opaque {
        private final int hidden = 1;
    }

    public static class UnencodableRecordless extends State {
        public final Var<Opaque> thing = var(new Opaque());
    }

    public static class NotFinal extends State {
        public Var<Integer> count = var(0);
    }

    public static class StaticVar extends State {
        public static final Var<Integer> SHARED = new NotFinal().count;
    }

    public static class PlainListVar extends State {
        public final Var<List<String>> items = var(List.of());
    }

    public static class ComputedWithArgument extends State {
        @Computed
        public int twice(int x) { return 2 * x; }
    }

    public class Inner extends State { }

    public static class NoDefaultConstructor extends State {
        public NoDefaultConstructor(int x) { }
    }

    public static class LooseVar extends State {
        public final Var<Integer> kept = var(1);

        public LooseVar() {
            var(2);
        }
    }

    public static class Fine extends State {
        public final Var<Integer> count = var(0);
        public final ListVar<String> items = listVar();
        final Var<String> secret = backendVar("s");

        @Event
        public void increment() { count.update(c -> c + 1); }

        @Computed
        public int twice() { return 2 * count.get(); }
    }

    @Test
    void aPrivateHandler() {
        assertFails(PrivateHandler.class, "PrivateHandler.hidden: an @Event handler must not be private");
    }

    @Test
    void aStaticHandler() {
        assertFails(StaticHandler.class, "StaticHandler.shared: an @Event handler must not be static");
    }

    @Test
    void aBackgroundHandlerReturningSomethingElseThanVoidOrEventSpec() {
        assertFails(BackgroundReturningInt.class, "BackgroundReturningInt.count: a background handler must return void or EventSpec, not int");
        assertThat(types().of(BackgroundReturningSpec.class).handlers().get("chain").background()).isTrue();
    }

    @Test
    void duplicateHandlerNames() {
        assertFails(DuplicateNames.class, "DuplicateNames.go: two @Event handlers share this name");
    }

    @Test
    void aVarTypeThatCannotBeEncoded() {
        assertFails(Unencodable.class, "Unencodable.thing: the var type cannot be encoded");
        assertFails(UnencodableRecordless.class, "UnencodableRecordless.thing: the var type cannot be encoded");
    }

    @Test
    void varFieldsMustBeFinalNonStaticAndTracked() {
        assertFails(NotFinal.class, "NotFinal.count: a var field must be final");
        assertFails(StaticVar.class, "StaticVar.SHARED: a var field must not be static");
        assertFails(PlainListVar.class, "PlainListVar.items: a List value needs listVar(), mapVar() or setVar()");
        assertFails(LooseVar.class, "LooseVar: a var created with var(...) is not kept in a field");
    }

    @Test
    void computedMethodsTakeNoArguments() {
        assertFails(ComputedWithArgument.class, "ComputedWithArgument.twice: a @Computed method takes no arguments");
    }

    @Test
    void stateClassesNeedANoArgumentConstructorAndMustNotBeInner() {
        assertFails(Inner.class, "Inner: a nested state class must be static");
        assertFails(NoDefaultConstructor.class, "NoDefaultConstructor: a state class needs a no-argument constructor");
    }

    @Test
    void aGoodClassRegistersWithItsVarsComputedAndHandlers() {
        var type = types().of(Fine.class);
        assertThat(type.model().vars()).extracting(VarModel::name).containsExactly("count", "items", "secret");
        assertThat(type.model().var("secret").backend()).isTrue();
        assertThat(type.model().computed()).extracting(ComputedModel::name).containsExactly("twice");
        assertThat(type.handlers().get("increment")).isNotNull();
        assertThat(HandlerTable.scan(Fine.class, codec.mapper().getTypeFactory()).all()).hasSize(1);
    }

    @Test
    void twoStateClassesWithOneSimpleNameCannotShareAnApp() {
        StateTypes types = types();
        types.of(Fine.class);
        assertThatThrownBy(() -> types.of(dev.nerve.state.other.Fine.class))
                .isInstanceOf(StateDefinitionException.class)
                .hasMessageContaining("has the same simple name");
    }

    private StateTypes types() {
        return new StateTypes(codec);
    }

    private void assertFails(Class<? extends State> type, String message) {
        assertThatThrownBy(() -> types().of(type))
                .isInstanceOf(StateDefinitionException.class)
                .hasMessageContaining(type.getName().replace(type.getSimpleName(), ""))
                .hasMessageContaining(message.replaceFirst("^", ""));
    }
}
