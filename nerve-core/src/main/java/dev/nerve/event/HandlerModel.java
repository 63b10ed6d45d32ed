package dev.nerve.event;

import com.fasterxml.jackson.databind.JavaType;
import dev.nerve.state.State;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What registration learned about one {@link Event} handler.
 *
 * @param state      the registered state class the handler belongs to
 * @param name       the method name, which is the handler's name on the wire
 * @param method     the method (possibly declared on a superclass)
 * @param invoker    the method as a handle {@code (Object state, Object[] args) -> Object}
 * @param parameters the parameter types, for decoding JSON arguments
 * @param background true for {@code @Event(background = true)}
 * @param duplicates the duplicate policy of a background handler
 * @param returns    what the return value means
 */
public record HandlerModel(Class<? extends State> state, String name, Method method, MethodHandle invoker,
                           List<JavaType> parameters, boolean background, Duplicates duplicates, HandlerReturn returns) {

    /** "TaskState.myTask": the handler's name on the wire and in messages. */
    public String qualifiedName() {
        return state.getSimpleName() + "." + name;
    }

    /** Calls the handler; whatever it throws comes out unchanged. */
    public Object invoke(State instance, Object[] args) throws Throwable {
        return (Object) invoker.invokeExact((Object) instance, args);
    }
}
