package dev.nerve.event;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.nerve.state.Hierarchy;
import dev.nerve.state.State;
import dev.nerve.state.StateDefinitionException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Event} handlers of one state class, found and checked once at registration (R-EV-6):
 * a private or static handler, a return type that means nothing, or two handlers with one name fail
 * with a message naming the class and method.
 */
public final class HandlerTable {
    private static final MethodType INVOKER = MethodType.methodType(Object.class, Object.class, Object[].class);
    private final Map<String, HandlerModel> handlers;

    private HandlerTable(Map<String, HandlerModel> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    /**
     * The handlers of {@code type} and its superclasses; an override replaces the handler it overrides.
     *
     * @throws StateDefinitionException for a handler Nerve cannot call, naming the class and method
     */
    public static HandlerTable scan(Class<? extends State> type, TypeFactory types) {
        Map<String, HandlerModel> found = new LinkedHashMap<>();
        for (Class<?> declaring : Hierarchy.topDown(type)) {
            for (Method method : declaring.getDeclaredMethods()) {
                Event event = method.getAnnotation(Event.class);
                if (event == null) continue;
                HandlerModel model = inspect(type, method, event, types);
                HandlerModel earlier = found.get(model.name());
                if (earlier != null && !overrides(method, earlier.method())) {
                    throw new StateDefinitionException(type, method.getName(),
                            "two @Event handlers share this name; the browser calls handlers by name, so give each its own");
                }
                found.put(model.name(), model);
            }
        }
        return new HandlerTable(found);
    }

    /** The handler called {@code name}, or {@code null}. */
    public HandlerModel get(String name) {
        return handlers.get(name);
    }

    /** Every handler, in no particular order. */
    public Collection<HandlerModel> all() {
        return handlers.values();
    }

    private static HandlerModel inspect(Class<? extends State> type, Method method, Event event, TypeFactory types) {
        String name = method.getName();
        int modifiers = method.getModifiers();
        if (Modifier.isPrivate(modifiers)) {
            throw new StateDefinitionException(type, name, "an @Event handler must not be private; make it public");
        }
        if (Modifier.isStatic(modifiers)) {
            throw new StateDefinitionException(type, name, "an @Event handler must not be static: it runs on the tab's state");
        }
        if (!event.background() && event.duplicates() != Duplicates.ALLOW) {
            throw new StateDefinitionException(type, name, "duplicates = " + event.duplicates() + " applies to background handlers only");
        }
        HandlerReturn returns = returnOf(type, method, event.background());
        List<JavaType> parameters = Arrays.stream(method.getGenericParameterTypes()).map(types::constructType).toList();
        return new HandlerModel(type, name, method, invoker(type, method), parameters, event.background(), event.duplicates(), returns);
    }

    private static HandlerReturn returnOf(Class<?> type, Method method, boolean background) {
        Class<?> returned = method.getReturnType();
        if (returned == void.class) return HandlerReturn.NOTHING;
        if (returned == EventSpec.class) return HandlerReturn.EVENT;
        if (!background && List.class.isAssignableFrom(returned)) return HandlerReturn.EVENTS;
        String allowed = background ? "void or EventSpec" : "void, EventSpec or List<EventSpec>";
        String kind = background ? "a background handler" : "an event handler";
        throw new StateDefinitionException(type, method.getName(), kind + " must return " + allowed + ", not " + returned.getSimpleName());
    }

    private static MethodHandle invoker(Class<?> type, Method method) {
        try {
            method.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(method);
            return handle.asSpreader(Object[].class, method.getParameterCount()).asType(INVOKER);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new StateDefinitionException(type, method.getName(), "cannot access the handler: " + e.getMessage(), e);
        }
    }

    private static boolean overrides(Method sub, Method sup) {
        return Arrays.equals(sub.getParameterTypes(), sup.getParameterTypes());
    }
}
