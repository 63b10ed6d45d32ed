package dev.nerve.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns var values into JSON text and back; the same text goes into the store and onto the wire.
 * A value that cannot be encoded fails with the var's name in the message (R-VAR-4).
 */
public final class StateCodec {
    private final ObjectMapper mapper;

    /** A codec on {@code mapper}, used as given; thread-safe while the mapper is not reconfigured. */
    public StateCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The mapper Nerve uses unless configured otherwise: records, java.time, Optional; dates as ISO text. */
    public static ObjectMapper defaultMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The mapper var values are encoded and decoded with. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The JSON text of {@code value}; {@code label} names the var in the error. Strings, integers and
     * booleans, the values written most, are written directly in standard JSON (as Jackson writes them
     * unless a serializer for those JDK types is registered); everything else goes through the mapper.
     */
    public String encode(String label, Object value) {
        String scalar = scalar(value);
        if (scalar != null) return scalar;
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StateEncodingException(label + " cannot be encoded as JSON: " + rootMessage(e), e);
        }
    }

    /** The value of {@code json} as {@code type}; {@code label} names the var in the error. */
    public Object decode(String label, String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StateEncodingException(label + " cannot be decoded as " + type.toCanonical() + ": " + rootMessage(e), e);
        }
    }

    /** The JSON of a plain scalar, or {@code null} if {@code value} is something else or a string that needs escaping. */
    private static String scalar(Object value) {
        return switch (value) {
            case null -> "null";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Boolean b -> b.toString();
            case String s -> isPlain(s) ? '"' + s + '"' : null;
            default -> null;
        };
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }

    static String rootMessage(Throwable e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
