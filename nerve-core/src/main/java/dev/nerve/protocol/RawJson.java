package dev.nerve.protocol;

/**
 * A value already encoded as JSON text (a var as it is stored), written to the wire as is.
 *
 * @param json valid JSON text
 */
public record RawJson(String json) {

    @Override
    public String toString() {
        return json;
    }
}
