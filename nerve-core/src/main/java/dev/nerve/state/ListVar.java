package dev.nerve.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list-valued var with checked mutators. {@link #get()} hands out an unmodifiable list, so nothing
 * can change the var behind its back; {@link #copy()} and {@link #slice} hand out plain mutable lists
 * that are detached from the var (changing them is no error and produces no delta). Every mutator is
 * a write, checked like {@link Var#set}.
 *
 * @param <E> element type
 */
public final class ListVar<E> extends Var<List<E>> {

    ListVar(State owner, List<? extends E> initial, boolean backend) {
        super(owner, freeze(initial), backend);
    }

    /**
     * Replaces the whole list with a copy of {@code elements}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    @Override
    public void set(List<E> elements) {
        super.set(freeze(elements));
    }

    /**
     * Appends {@code element}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void add(E element) {
        change(list -> list.add(element));
    }

    /**
     * Inserts {@code element} at {@code index}, moving later elements up one.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void add(int index, E element) {
        change(list -> list.add(index, element));
    }

    /**
     * Appends every element of {@code elements}, in their iteration order.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void addAll(Collection<? extends E> elements) {
        change(list -> list.addAll(elements));
    }

    /**
     * Replaces the element at {@code index}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void set(int index, E element) {
        change(list -> list.set(index, element));
    }

    /**
     * Removes and returns the element at {@code index}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public E removeAt(int index) {
        E removed = get(index);
        change(list -> list.remove(index));
        return removed;
    }

    /**
     * Removes the first element equal to {@code element}; true if there was one.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public boolean remove(E element) {
        if (!contains(element)) {
            checkWritable();
            return false;
        }
        change(list -> list.remove(element));
        return true;
    }

    /**
     * Removes the elements that match {@code filter}; true if any did. {@code filter} may run more
     * than once per element, so it should have no side effects.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public boolean removeIf(Predicate<? super E> filter) {
        checkWritable();
        if (get().stream().noneMatch(filter)) return false;
        change(list -> list.removeIf(filter));
        return true;
    }

    /**
     * Replaces each element with {@code operator} applied to it.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void replaceAll(UnaryOperator<E> operator) {
        change(list -> list.replaceAll(operator));
    }

    /**
     * Sorts the elements by {@code order}; {@code null} sorts them by their natural order.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void sort(Comparator<? super E> order) {
        change(list -> list.sort(order));
    }

    /**
     * Removes every element.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void clear() {
        change(List::clear);
    }

    /** The element at {@code index}; a read, allowed on any thread. */
    public E get(int index) {
        return get().get(index);
    }

    /** How many elements the list holds. */
    public int size() {
        return get().size();
    }

    /** True if the list has no elements. */
    public boolean isEmpty() {
        return get().isEmpty();
    }

    /** True if some element equals {@code element}. */
    public boolean contains(Object element) {
        return get().contains(element);
    }

    /** A mutable copy of the current elements, detached from the var. */
    public List<E> copy() {
        return new ArrayList<>(get());
    }

    /** A mutable copy of the elements from {@code from} (inclusive) to {@code to} (exclusive), detached from the var. */
    public List<E> slice(int from, int to) {
        return new ArrayList<>(get().subList(from, to));
    }

    private void change(Consumer<List<E>> mutation) {
        checkWritable();
        List<E> next = new ArrayList<>(peek());
        mutation.accept(next);
        assign(Collections.unmodifiableList(next));
    }

    private static <E> List<E> freeze(List<? extends E> elements) {
        return elements == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(elements));
    }
}
