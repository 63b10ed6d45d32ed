package dev.nerve.protocol;

import java.util.Map;

/**
 * The fast path for the two messages sent most: deltas and hydrates are keys and already-encoded
 * values, so they are concatenated instead of generated. Only names that need no escaping (Java
 * identifiers, tokens) take it; anything else goes through Jackson in {@link ProtocolCodec}.
 */
final class StatesJson {
    private StatesJson() { }

    /** True if {@code token} and every state and var name can be written between quotes as they are. */
    static boolean isPlain(String token, Map<String, Map<String, RawJson>> states) {
        if (!isPlain(token)) return false;
        for (var state : states.entrySet()) {
            if (!isPlain(state.getKey())) return false;
            for (String var : state.getValue().keySet()) {
                if (!isPlain(var)) return false;
            }
        }
        return true;
    }

    static String delta(ServerMessage.Delta delta) {
        StringBuilder out = new StringBuilder(64).append("{\"").append(Protocol.TYPE).append("\":\"").append(Protocol.DELTA).append('"');
        states(out, Protocol.CHANGES, delta.changes());
        if (delta.event() != null) out.append(",\"").append(Protocol.EVENT).append("\":").append(delta.event().longValue());
        return out.append('}').toString();
    }

    static String hydrate(ServerMessage.Hydrate hydrate) {
        StringBuilder out = new StringBuilder(256).append("{\"").append(Protocol.TYPE).append("\":\"").append(Protocol.HYDRATE).append('"');
        out.append(",\"").append(Protocol.TOKEN).append("\":\"").append(hydrate.token()).append('"');
        states(out, Protocol.STATE, hydrate.state());
        return out.append('}').toString();
    }

    private static void states(StringBuilder out, String key, Map<String, Map<String, RawJson>> states) {
        out.append(",\"").append(key).append("\":{");
        boolean firstState = true;
        for (var state : states.entrySet()) {
            if (!firstState) out.append(',');
            firstState = false;
            out.append('"').append(state.getKey()).append("\":{");
            boolean firstVar = true;
            for (var var : state.getValue().entrySet()) {
                if (!firstVar) out.append(',');
                firstVar = false;
                out.append('"').append(var.getKey()).append("\":").append(var.getValue().json());
            }
            out.append('}');
        }
        out.append('}');
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) return false;
        }
        return true;
    }
}
