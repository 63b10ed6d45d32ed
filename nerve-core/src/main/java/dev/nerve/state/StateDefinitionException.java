package dev.nerve.state;

/**
 * A state class that Nerve cannot run as written: thrown at registration (application start-up), with
 * a message naming the class and the member at fault and what to change.
 */
public final class StateDefinitionException extends RuntimeException {

    /** A {@code problem} with {@code member} of {@code type}, or with the class as a whole if {@code member} is {@code null}. */
    public StateDefinitionException(Class<?> type, String member, String problem) {
        super(type.getName() + (member == null ? "" : "." + member) + ": " + problem);
    }

    /** As {@link #StateDefinitionException(Class, String, String)}, found through {@code cause}. */
    public StateDefinitionException(Class<?> type, String member, String problem, Throwable cause) {
        super(type.getName() + (member == null ? "" : "." + member) + ": " + problem, cause);
    }
}
