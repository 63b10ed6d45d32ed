package dev.nerve.event;

import dev.nerve.state.State;
import dev.nerve.state.StateModel;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A registered state class: its vars and computed vars ({@link StateModel}) and its handlers
 * ({@link HandlerTable}), checked once.
 *
 * @param model       vars and computed vars
 * @param handlers    the {@code @Event} methods
 * @param backgrounds the background handler methods, to recognise them on a call stack
 */
public record StateType(StateModel<? extends State> model, HandlerTable handlers, Set<Method> backgrounds) {

    /** The type of {@code model} with {@code handlers}, its background handlers picked out. */
    public static StateType of(StateModel<? extends State> model, HandlerTable handlers) {
        Set<Method> backgrounds = handlers.all().stream().filter(HandlerModel::background)
                .map(HandlerModel::method).collect(Collectors.toUnmodifiableSet());
        return new StateType(model, handlers, backgrounds);
    }

    /** The name on the wire and in the store: the class's simple name. */
    public String name() {
        return model.name();
    }

    /** True if any of its handlers runs in the background. */
    public boolean hasBackgroundHandlers() {
        return !backgrounds.isEmpty();
    }

    /** True if a frame running {@code declaring.method(type)} is one of this state's background handlers (or an override of one). */
    public boolean isBackgroundHandler(Class<?> declaring, String method, MethodType type) {
        for (Method m : backgrounds) {
            if (m.getName().equals(method) && m.getDeclaringClass().isAssignableFrom(declaring)
                    && type.parameterList().equals(List.of(m.getParameterTypes()))) {
                return true;
            }
        }
        return false;
    }
}
