package dev.nerve.event;

import dev.nerve.state.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** EventSpecs are built from method references to @Event handlers only. */
class EventSpecTest {

    public static class Base extends State {
        @Event public void go() { }
        @Event public void move(int x, String y) { }
        public void helper() { }
    }

    public static class Derived extends Base { }

    @Test
    void aMethodReferenceNamesItsStateAndHandler() {
        EventSpec spec = EventSpec.of(Base::move, 3, "y");
        assertThat(spec.state()).isEqualTo(Base.class);
        assertThat(spec.qualifiedName()).isEqualTo("Base.move");
        assertThat(spec.args()).containsExactly(3, "y");
    }

    @Test
    void anInheritedHandlerIsNamedForTheSubclassItIsCalledOn() {
        assertThat(EventSpec.of(Derived::go).qualifiedName()).isEqualTo("Derived.go");
    }

    @Test
    void aMethodWithoutEventOrALambdaIsRefused() {
        assertThatThrownBy(() -> EventSpec.of(Base::helper)).hasMessage("Base.helper is not an @Event handler");
        assertThatThrownBy(() -> EventSpec.of((Base b) -> b.go())).hasMessageContaining("not a lambda expression");
    }
}
