package dev.nerve.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link dev.nerve.state.State} as an event handler: the only methods a browser
 * may call (R-EV-1). Arguments arrive as JSON and are decoded by parameter type.
 *
 * <p>A normal handler runs in its token's queue, one at a time, holding the token's lock; it may
 * return {@code void}, an {@link EventSpec} or a {@code List<EventSpec>} to chain events. A
 * background handler ({@code background = true}) starts at once on its own virtual thread, returns
 * {@code void} or an {@code EventSpec}, and changes state only inside lock blocks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Event {

    /** Run as a background task on its own virtual thread instead of in the token's queue. */
    boolean background() default false;

    /** For background handlers: what a trigger does while the same handler already runs for the token. */
    Duplicates duplicates() default Duplicates.ALLOW;
}
