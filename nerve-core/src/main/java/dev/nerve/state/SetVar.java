package dev.nerve.state;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A set-valued var with checked mutators; insertion order is kept. {@link #get()} hands out an
 * unmodifiable set; {@link #copy()} a detached mutable one.
 *
 * @param <E> element type
 */
public final class SetVar<E> extends Var<Set<E>> {

    SetVar(State owner, Collection<? extends E> initial, boolean backend) {
        super(owner, freeze(initial), backend);
    }

    /**
     * Replaces the whole set with a copy of {@code elements}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    @Override
    public void set(Set<E> elements) {
        super.set(freeze(elements));
    }

    /**
     * Adds {@code element}; true if it was not there.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public boolean add(E element) {
        checkWritable();
        if (contains(element)) return false;
        change(set -> set.add(element));
        return true;
    }

    /**
     * Adds each element of {@code elements} that is not there yet, in their iteration order.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void addAll(Collection<? extends E> elements) {
        change(set -> set.addAll(elements));
    }

    /**
     * Removes {@code element}; true if it was there.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public boolean remove(E element) {
        checkWritable();
        if (!contains(element)) return false;
        change(set -> set.remove(element));
        return true;
    }

    /**
     * Removes every element.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void clear() {
        change(Set::clear);
    }

    /** True if the set holds {@code element}; a read, allowed on any thread. */
    public boolean contains(Object element) {
        return get().contains(element);
    }

    /** How many elements the set holds. */
    public int size() {
        return get().size();
    }

    /** True if the set has no elements. */
    public boolean isEmpty() {
        return get().isEmpty();
    }

    /** A mutable copy of the current elements, detached from the var. */
    public Set<E> copy() {
        return new LinkedHashSet<>(get());
    }

    private void change(Consumer<Set<E>> mutation) {
        checkWritable();
        Set<E> next = new LinkedHashSet<>(peek());
        mutation.accept(next);
        assign(Collections.unmodifiableSet(next));
    }

    private static <E> Set<E> freeze(Collection<? extends E> elements) {
        return elements == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(elements));
    }
}
