package dev.nerve.task;

import dev.nerve.event.StateType;
import dev.nerve.protocol.RawJson;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ComputedValue;
import dev.nerve.state.StateModel;
import dev.nerve.state.VarModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sends a tab its token's client-visible state (vars and computed vars) while holding the token's
 * lock, so that no delta stored meanwhile can arrive before it and be overwritten by it.
 */
final class Hydration {
    private Hydration() { }

    static void send(TokenSession token, Set<String> wanted) throws InterruptedException {
        LockSession session = LockSession.open(token, SessionKind.SYSTEM);
        try {
            token.send(read(token, session, wanted));
        } finally {
            session.closeIfOpen();
        }
    }

    private static ServerMessage.Hydrate read(TokenSession token, LockSession session, Set<String> wanted) {
        {
            Map<String, Map<String, RawJson>> states = new LinkedHashMap<>();
            for (StateType type : token.sessions().types().all()) {
                if (wanted != null && !wanted.contains(type.name())) continue;
                session.instance(type);
                states.put(type.name(), visible(token.loaded(type), token));
            }
            return new ServerMessage.Hydrate(token.token(), states);
        }
    }

    private static Map<String, RawJson> visible(LoadedState loaded, TokenSession token) {
        Map<String, RawJson> vars = new LinkedHashMap<>();
        StateModel<?> model = loaded.type().model();
        for (VarModel var : model.vars()) {
            if (var.backend()) continue;
            vars.put(var.name(), new RawJson(LoadedState.encode(model.varOf(loaded.instance(), var), token.sessions().codec())));
        }
        for (ComputedValue computed : loaded.computed()) vars.put(computed.name(), new RawJson(computed.json(token.sessions().codec())));
        return vars;
    }
}
