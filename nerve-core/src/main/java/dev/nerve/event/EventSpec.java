package dev.nerve.event;

import dev.nerve.state.Hierarchy;
import dev.nerve.state.State;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A request to run a handler of the same token, built from a method reference so the compiler
 * checks the name and argument types: {@code EventSpec.of(TaskState::myTask)}. Return it from a
 * handler, or pass it to {@code emit}, to chain an event on the server without a browser round trip
 * (R-EV-3). This is also the only way to start a background handler from Java code (R-BG-5).
 */
public final class EventSpec {
    private static final ClassValue<List<String>> EVENT_NAMES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected List<String> computeValue(Class<?> type) {
            return Hierarchy.topDown((Class<? extends State>) type).stream()
                    .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .filter(m -> m.isAnnotationPresent(Event.class))
                    .map(Method::getName)
                    .toList();
        }
    };

    private final Class<? extends State> state;
    private final String handler;
    private final List<Object> args;

    private EventSpec(Class<? extends State> state, String handler, Object... args) {
        this.state = state;
        this.handler = handler;
        this.args = Collections.unmodifiableList(Arrays.asList(args));
    }

    /**
     * An event for a handler without arguments: {@code EventSpec.of(TaskState::clearCounter)}.
     *
     * @throws IllegalArgumentException if {@code handler} is a lambda rather than a method reference, or
     *                                  does not name an {@code @Event} method of a {@link State}
     */
    public static <S extends State> EventSpec of(HandlerRef<S> handler) {
        return resolve(handler);
    }

    /**
     * An event for a one-argument handler, called with {@code a} as given (no JSON round trip):
     * {@code EventSpec.of(TaskState::setMaxCounter, "10")}.
     *
     * @throws IllegalArgumentException as {@link #of(HandlerRef)} does
     */
    public static <S extends State, A> EventSpec of(HandlerRef1<S, A> handler, A a) {
        return resolve(handler, a);
    }

    /**
     * An event for a two-argument handler, called with {@code a} and {@code b} as given.
     *
     * @throws IllegalArgumentException as {@link #of(HandlerRef)} does
     */
    public static <S extends State, A, B> EventSpec of(HandlerRef2<S, A, B> handler, A a, B b) {
        return resolve(handler, a, b);
    }

    /**
     * An event for a three-argument handler, called with {@code a}, {@code b} and {@code c} as given.
     *
     * @throws IllegalArgumentException as {@link #of(HandlerRef)} does
     */
    public static <S extends State, A, B, C> EventSpec of(HandlerRef3<S, A, B, C> handler, A a, B b, C c) {
        return resolve(handler, a, b, c);
    }

    /**
     * An event named by state class and handler name, for code that has only names (a test
     * sending a raw call, a transport). Prefer the method-reference forms.
     */
    public static EventSpec named(Class<? extends State> state, String handler, Object... args) {
        requireEvent(state, handler);
        return new EventSpec(state, handler, args.clone());
    }

    /** The state class whose handler runs. */
    public Class<? extends State> state() {
        return state;
    }

    /** The handler's method name. */
    public String handler() {
        return handler;
    }

    /** The arguments, as Java values. */
    public List<Object> args() {
        return args;
    }

    /** "TaskState.myTask". */
    public String qualifiedName() {
        return state.getSimpleName() + "." + handler;
    }

    @SuppressWarnings("unchecked")
    private static EventSpec resolve(Serializable ref, Object... args) {
        MethodRefs.Target target = MethodRefs.resolve(ref);
        if (!State.class.isAssignableFrom(target.receiver())) {
            throw new IllegalArgumentException(target.receiver().getName() + " is not a State");
        }
        Class<? extends State> state = (Class<? extends State>) target.receiver();
        requireEvent(state, target.method());
        return new EventSpec(state, target.method(), args);
    }

    private static void requireEvent(Class<? extends State> state, String handler) {
        if (!EVENT_NAMES.get(state).contains(handler)) {
            throw new IllegalArgumentException(state.getSimpleName() + "." + handler + " is not an @Event handler");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSpec e && e.state == state && e.handler.equals(handler) && e.args.equals(args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, handler, args);
    }

    @Override
    public String toString() {
        return qualifiedName() + args;
    }
}
