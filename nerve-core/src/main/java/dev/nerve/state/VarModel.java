package dev.nerve.state;

import com.fasterxml.jackson.databind.JavaType;

import java.lang.reflect.Field;

/**
 * What registration learned about one var field: its name, value type and kind.
 *
 * @param owner   the state class that declares the field
 * @param name    the field name, which is the var's name on the wire and in the store
 * @param field   the field itself, made accessible
 * @param type    the value type, for decoding stored JSON
 * @param backend true for a backend var (never sent to the browser)
 */
public record VarModel(Class<? extends State> owner, String name, Field field, JavaType type, boolean backend) {

    /** The name of the state the var belongs to. */
    public String stateName() {
        return StateModel.nameOf(owner);
    }

    /** "TaskState.counter", for messages. */
    public String label() {
        return stateName() + "." + name;
    }
}
