package dev.nerve.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A map-valued var with checked mutators; insertion order is kept. {@link #get()} hands out an
 * unmodifiable map; {@link #copy()} a detached mutable one. Keys must be JSON object keys
 * (strings, numbers, enums).
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class MapVar<K, V> extends Var<Map<K, V>> {

    MapVar(State owner, Map<? extends K, ? extends V> initial, boolean backend) {
        super(owner, freeze(initial), backend);
    }

    /**
     * Replaces the whole map with a copy of {@code entries}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    @Override
    public void set(Map<K, V> entries) {
        super.set(freeze(entries));
    }

    /**
     * Maps {@code key} to {@code value}, replacing any earlier value; a new key goes last.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void put(K key, V value) {
        change(map -> map.put(key, value));
    }

    /**
     * Puts every entry of {@code entries}, in their iteration order.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void putAll(Map<? extends K, ? extends V> entries) {
        change(map -> map.putAll(entries));
    }

    /**
     * Removes {@code key}; returns the value it had, or {@code null}.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public V remove(K key) {
        V old = get(key);
        change(map -> map.remove(key));
        return old;
    }

    /**
     * Removes every entry.
     *
     * @throws ImmutableStateException in a background task outside a lock block, before anything changes
     */
    public void clear() {
        change(Map::clear);
    }

    /** The value of {@code key}, or {@code null}; a read, allowed on any thread. */
    public V get(K key) {
        return get().get(key);
    }

    /** True if the map has an entry for {@code key}. */
    public boolean containsKey(K key) {
        return get().containsKey(key);
    }

    /** How many entries the map holds. */
    public int size() {
        return get().size();
    }

    /** True if the map has no entries. */
    public boolean isEmpty() {
        return get().isEmpty();
    }

    /** A mutable copy of the current entries, detached from the var. */
    public Map<K, V> copy() {
        return new LinkedHashMap<>(get());
    }

    private void change(Consumer<Map<K, V>> mutation) {
        checkWritable();
        Map<K, V> next = new LinkedHashMap<>(peek());
        mutation.accept(next);
        assign(Collections.unmodifiableMap(next));
    }

    private static <K, V> Map<K, V> freeze(Map<? extends K, ? extends V> entries) {
        return entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
