package dev.nerve.state;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Vars of a state created with new, outside any engine: plain objects with checked collection values. */
class VarTest {

    static class Plain extends State {
        final Var<Integer> count = var(1);
        final ListVar<String> items = listVar("a", "b");
        final MapVar<String, Integer> scores = mapVar(Map.of("x", 1));
        final SetVar<String> tags = setVar("t");
    }

    @Test
    void scalarVarsGetSetAndUpdate() {
        Plain state = new Plain();
        state.count.set(2);
        state.count.update(c -> c * 10);
        assertThat(state.count.get()).isEqualTo(20);
        assertThat(state.count.initial()).isEqualTo(1);
        state.reset();
        assertThat(state.count.get()).isEqualTo(1);
    }

    @Test
    void listVarMutatorsWorkOnACopyAndGetIsUnmodifiable() {
        Plain state = new Plain();
        var before = state.items.get();
        state.items.add("c");
        state.items.add(0, "z");
        state.items.set(1, "A");
        assertThat(state.items.removeAt(0)).isEqualTo("z");
        assertThat(state.items.remove("nope")).isFalse();
        assertThat(state.items.removeIf(s -> s.equals("b"))).isTrue();
        state.items.replaceAll(String::toUpperCase);
        assertThat(state.items.get()).containsExactly("A", "C");
        assertThat(before).containsExactly("a", "b");
        assertThatThrownBy(() -> state.items.get().add("x")).isInstanceOf(UnsupportedOperationException.class);
        state.items.set(java.util.List.of("q"));
        assertThat(state.items.get()).containsExactly("q");
    }

    @Test
    void mapAndSetVarsWorkAlike() {
        Plain state = new Plain();
        state.scores.put("y", 2);
        assertThat(state.scores.remove("x")).isEqualTo(1);
        assertThat(state.scores.get()).containsExactly(Map.entry("y", 2));
        assertThatThrownBy(() -> state.scores.get().put("z", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(state.tags.add("u")).isTrue();
        assertThat(state.tags.add("u")).isFalse();
        assertThat(state.tags.get()).isEqualTo(Set.of("t", "u"));
        assertThatThrownBy(() -> state.tags.get().add("v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void frameworkCallsOnADetachedStateExplainThemselves() {
        Plain state = new Plain();
        assertThatThrownBy(() -> state.lock(() -> state.count.set(3))).hasMessageContaining("managed by a Nerve engine");
        assertThatThrownBy(state::push).hasMessageContaining("managed by a Nerve engine");
        assertThat(state.token()).isNull();
    }
}
