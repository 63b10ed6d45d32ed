package dev.nerve.state;

import com.fasterxml.jackson.databind.JavaType;

import java.lang.invoke.MethodHandle;

/**
 * What registration learned about one {@link Computed} method.
 *
 * @param name   the method name, which is the value's name on the wire
 * @param getter the method, as a handle taking the state instance
 * @param type   the declared return type
 */
public record ComputedModel(String name, MethodHandle getter, JavaType type) {
}
