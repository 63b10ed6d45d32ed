package dev.nerve.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The classes of a state's hierarchy below {@link State}, the topmost first. */
public final class Hierarchy {
    private Hierarchy() { }

    /** {@code type} and its superclasses up to, not including, {@link State}; the topmost first. */
    public static List<Class<?>> topDown(Class<? extends State> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != State.class && c != Object.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        return List.copyOf(chain);
    }
}
