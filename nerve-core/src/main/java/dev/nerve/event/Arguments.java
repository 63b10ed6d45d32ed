package dev.nerve.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Decodes an event's JSON arguments by the handler's parameter types. Decoding is strict: a string
 * is not silently read as a number, nor a number as a string, so a wrong type is reported, not
 * guessed at.
 */
public final class Arguments {
    private final ObjectMapper strict;

    /** A decoder on a stricter copy of {@code mapper}; the given mapper is not changed. Thread-safe. */
    public Arguments(ObjectMapper mapper) {
        this.strict = mapper.copy();
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** The arguments for {@code handler}, or a {@link BadEventException} saying what does not fit. */
    public Object[] decode(HandlerModel handler, List<JsonNode> args) {
        List<JavaType> parameters = handler.parameters();
        if (args.size() != parameters.size()) {
            throw new BadEventException(handler.qualifiedName() + " takes " + describe(parameters) + ", got " + args.size()
                    + (args.size() == 1 ? " argument" : " arguments"));
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) values[i] = decode(handler, i, args.get(i));
        return values;
    }

    private Object decode(HandlerModel handler, int index, JsonNode arg) {
        JavaType type = handler.parameters().get(index);
        try {
            return strict.readerFor(type).readValue(strict.treeAsTokens(arg));
        } catch (JsonProcessingException | RuntimeException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new BadEventException(handler.qualifiedName() + ": argument " + (index + 1) + " must be "
                    + simple(type) + ", got " + arg.getNodeType().name().toLowerCase() + " " + abbreviate(arg.toString())
                    + " (" + firstLine(reason) + ")", e);
        } catch (java.io.IOException e) {
            throw new BadEventException(handler.qualifiedName() + ": argument " + (index + 1) + " is unreadable", e);
        }
    }

    private static String describe(List<JavaType> parameters) {
        if (parameters.isEmpty()) return "no arguments";
        String types = parameters.stream().map(Arguments::simple).collect(Collectors.joining(", "));
        return parameters.size() + (parameters.size() == 1 ? " argument (" : " arguments (") + types + ")";
    }

    private static String simple(JavaType type) {
        return type.getRawClass().getSimpleName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String firstLine(String text) {
        if (text == null) return "unreadable";
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
