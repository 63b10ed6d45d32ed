package dev.nerve.state;

/**
 * A state class that Nerve cannot run as written: thrown at registration (application start-up), with
 * a message naming the class and the member at fault and what to change.
 */
public final class StateDefinitionException extends RuntimeException {

    public StateDefinitionException(Class<?> type, String member, String problem) {
        super(type.getName() + (member == null ? "" : "." + member) + ": " + problem);
    }

    public StateDefinitionException(Class<?> type, String member, String problem, Throwable cause) {
        super(type.getName() + (member == null ? "" : "." + member) + ": " + problem, cause);
    }
}
