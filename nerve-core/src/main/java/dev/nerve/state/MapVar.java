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

    /** Replaces the whole map with a copy of {@code entries}. */
    @Override
    public void set(Map<K, V> entries) {
        super.set(freeze(entries));
    }

    public void put(K key, V value) {
        change(map -> map.put(key, value));
    }

    public void putAll(Map<? extends K, ? extends V> entries) {
        change(map -> map.putAll(entries));
    }

    /** Removes {@code key}; returns the value it had, or {@code null}. */
    public V remove(K key) {
        V old = get(key);
        change(map -> map.remove(key));
        return old;
    }

    public void clear() {
        change(Map::clear);
    }

    public V get(K key) {
        return get().get(key);
    }

    public boolean containsKey(K key) {
        return get().containsKey(key);
    }

    public int size() {
        return get().size();
    }

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
