package dev.nerve.state;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a no-argument method of a {@link State} as a computed var: its value is sent to the browser
 * like a var, under the method's name. Nerve records which vars the method reads, caches the result,
 * and recomputes it only after one of them changed; a new value goes out in the next delta.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Computed {
}
