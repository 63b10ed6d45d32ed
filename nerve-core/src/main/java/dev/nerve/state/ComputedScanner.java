package dev.nerve.state;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds and checks the {@link Computed} methods of a state class. */
final class ComputedScanner {
    private ComputedScanner() { }

    static List<ComputedModel> scan(Class<? extends State> type, StateCodec codec, List<VarModel> vars) {
        Map<String, ComputedModel> found = new LinkedHashMap<>();
        for (Class<?> declaring : Hierarchy.topDown(type)) {
            for (Method method : declaring.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Computed.class)) continue;
                check(type, method, vars);
                found.put(method.getName(), model(type, method, codec));
            }
        }
        return List.copyOf(found.values());
    }

    private static void check(Class<?> type, Method method, List<VarModel> vars) {
        String name = method.getName();
        int modifiers = method.getModifiers();
        if (Modifier.isStatic(modifiers)) throw new StateDefinitionException(type, name, "a @Computed method must not be static");
        if (Modifier.isPrivate(modifiers)) throw new StateDefinitionException(type, name, "a @Computed method must not be private");
        if (method.getParameterCount() > 0) throw new StateDefinitionException(type, name, "a @Computed method takes no arguments");
        if (method.getReturnType() == void.class) throw new StateDefinitionException(type, name, "a @Computed method must return a value");
        if (vars.stream().anyMatch(v -> v.name().equals(name))) {
            throw new StateDefinitionException(type, name, "a @Computed method must not share its name with a var");
        }
    }

    private static ComputedModel model(Class<?> type, Method method, StateCodec codec) {
        try {
            method.setAccessible(true);
            var getter = MethodHandles.lookup().unreflect(method);
            return new ComputedModel(method.getName(), getter, codec.mapper().getTypeFactory().constructType(method.getGenericReturnType()));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new StateDefinitionException(type, method.getName(), "cannot access the method: " + e.getMessage(), e);
        }
    }
}
