package dev.nerve.task;

import dev.nerve.event.StateType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.nerve.protocol.RawJson;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ComputedFailedException;
import dev.nerve.state.ComputedValue;
import dev.nerve.state.StateEncodingException;
import dev.nerve.state.StateModel;
import dev.nerve.state.VarModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a tab its token's client-visible state (vars and computed vars) while holding the token's
 * lock, so that no delta stored meanwhile can arrive before it and be overwritten by it. A computed
 * var that fails is sent as {@code null}, followed by an error message naming it, so one broken
 * method cannot keep a tab from connecting.
 */
final class Hydration {
    private static final Logger log = LoggerFactory.getLogger(Hydration.class);
    private static final RawJson NULL = new RawJson("null");

    private Hydration() { }

    static void send(TokenSession token, Set<String> wanted) throws InterruptedException {
        LockSession session = LockSession.open(token, SessionKind.SYSTEM);
        try {
            List<String> failures = new ArrayList<>();
            token.send(read(token, session, wanted, failures));
            for (String failure : failures) token.send(new ServerMessage.Error(failure, null));
        } finally {
            session.closeIfOpen();
        }
    }

    private static ServerMessage.Hydrate read(TokenSession token, LockSession session, Set<String> wanted, List<String> failures) {
        Map<String, Map<String, RawJson>> states = new LinkedHashMap<>();
        for (StateType type : token.sessions().types().all()) {
            if (wanted != null && !wanted.contains(type.name())) continue;
            session.instance(type);
            states.put(type.name(), visible(token.loaded(type), token, failures));
        }
        return new ServerMessage.Hydrate(token.token(), states);
    }

    private static Map<String, RawJson> visible(LoadedState loaded, TokenSession token, List<String> failures) {
        Map<String, RawJson> vars = new LinkedHashMap<>();
        StateModel<?> model = loaded.type().model();
        for (VarModel var : model.vars()) {
            if (var.backend()) continue;
            vars.put(var.name(), new RawJson(LoadedState.encode(model.varOf(loaded.instance(), var), token.sessions().codec())));
        }
        for (ComputedValue computed : loaded.computed()) vars.put(computed.name(), computedOrNull(computed, token, failures));
        return vars;
    }

    private static RawJson computedOrNull(ComputedValue computed, TokenSession token, List<String> failures) {
        try {
            return new RawJson(computed.json(token.sessions().codec()));
        } catch (ComputedFailedException | StateEncodingException e) {
            log.warn("hydrating token {}: {}", token.token(), e.getMessage(), e);
            failures.add(e.getMessage());
            return NULL;
        }
    }
}
