package dev.nerve.ui;

import java.io.Serializable;
import java.util.List;

/**
 * An event listener of an element: which DOM event, which handler, and with what arguments.
 *
 * @param event    the DOM event: click, change, input, submit, keydown
 * @param action   a bound method reference to the handler
 * @param args     arguments evaluated in the browser when the event fires (constants or expressions)
 * @param passes   what the browser appends as a last argument: nothing, the element's value, the form's fields, the key
 * @param key      for keydown: the only key that triggers it, or {@code null} for every key
 * @param debounce milliseconds to wait for the input to settle before sending; 0 sends at once
 */
public record EventProp(String event, Serializable action, List<Object> args, Passes passes, String key, int debounce) {

    /** What the browser passes to the handler besides {@link #args}. */
    public enum Passes { NOTHING, VALUE, FORM, KEY }

    EventProp withDebounce(int millis) {
        return new EventProp(event, action, args, passes, key, millis);
    }

    /** How many arguments the handler receives. */
    public int arity() {
        return args.size() + (passes == Passes.NOTHING ? 0 : 1);
    }
}
