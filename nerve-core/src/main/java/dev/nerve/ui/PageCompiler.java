package dev.nerve.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.event.StateTypes;
import dev.nerve.state.Reads;
import dev.nerve.state.State;
import dev.nerve.state.StateDefinitionException;
import dev.nerve.state.Var;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;

/**
 * Compiles a view function into the description the browser renders. The view runs once, on
 * template instances whose vars stand for bindings; every var, computed var and handler it uses is
 * checked here, so a broken page fails at start-up rather than in the browser.
 */
public final class PageCompiler {
    private final StateTypes types;
    private final ObjectMapper mapper;

    /** A compiler for views of the states in {@code types}, encoding constants with {@code mapper}. */
    public PageCompiler(StateTypes types, ObjectMapper mapper) {
        this.types = types;
        this.mapper = mapper;
    }

    /** Runs {@code view} on a template of {@code state} and compiles what it returns. */
    public <S extends State> CompiledPage compile(Class<S> state, Function<S, ? extends Component> view) {
        Templates templates = new Templates(types);
        S template = templates.of(state);
        Set<Var<?>> reads = Collections.newSetFromMap(new IdentityHashMap<>());
        Component root = Reads.recording(reads, () -> view.apply(template));
        if (!reads.isEmpty()) {
            Var<?> read = reads.iterator().next();
            throw new StateDefinitionException(state, null, "the view read " + read.name() + " with get(); a view binds vars"
                    + " (pass the var itself, e.g. heading(s." + read.name() + ")) so the page follows its changes");
        }
        if (root == null) throw new StateDefinitionException(state, null, "the view returned null");
        DescriptionWriter writer = new DescriptionWriter(types, templates, mapper);
        JsonNode description = writer.component(root);
        return new CompiledPage(description.toString(), writer.states());
    }
}
