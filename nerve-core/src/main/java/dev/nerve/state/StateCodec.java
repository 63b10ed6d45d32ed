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

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The JSON text of {@code value}; {@code label} names the var in the error. */
    public String encode(String label, Object value) {
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

    static String rootMessage(Throwable e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
