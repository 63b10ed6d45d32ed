package dev.nerve.event;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads which method a serializable method reference names, e.g. {@code TaskState::myTask} or a
 * bound {@code state::toggleRunning}. The answer is cached per reference site.
 */
public final class MethodRefs {
    private static final Map<Class<?>, Target> UNBOUND = new ConcurrentHashMap<>();

    private MethodRefs() { }

    /**
     * The method named by {@code ref}.
     *
     * @param ref a method reference whose target type is serializable
     * @return the receiver class (the state class it is called on) and the method name
     * @throws IllegalArgumentException for a lambda expression instead of a method reference
     */
    public static Target resolve(Serializable ref) {
        Target cached = UNBOUND.get(ref.getClass());
        if (cached != null) return cached;
        Target target = read(ref);
        if (target.bound() == null) UNBOUND.put(ref.getClass(), target);
        return target;
    }

    private static Target read(Serializable ref) {
        SerializedLambda lambda = serialized(ref);
        String method = lambda.getImplMethodName();
        if (method.startsWith("lambda$")) {
            throw new IllegalArgumentException("expected a method reference such as MyState::handler, not a lambda expression");
        }
        ClassLoader loader = ref.getClass().getClassLoader();
        Class<?> receiver = lambda.getCapturedArgCount() > 0
                ? lambda.getCapturedArg(0).getClass()
                : load(firstParameter(lambda.getInstantiatedMethodType()), loader);
        return new Target(receiver, method, lambda.getCapturedArgCount() > 0 ? lambda.getCapturedArg(0) : null);
    }

    /**
     * A resolved method reference.
     *
     * @param receiver the class the method is called on (a bound reference's object class)
     * @param method   the method name
     * @param bound    the object a bound reference captured, or {@code null} for an unbound one
     */
    public record Target(Class<?> receiver, String method, Object bound) { }

    private static SerializedLambda serialized(Serializable ref) {
        try {
            Method writeReplace = ref.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return (SerializedLambda) writeReplace.invoke(ref);
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            throw new IllegalArgumentException("expected a method reference such as MyState::handler, got " + ref.getClass().getName(), e);
        }
    }

    private static String firstParameter(String descriptor) {
        int start = descriptor.indexOf('L', 1);
        int end = descriptor.indexOf(';', start);
        if (descriptor.charAt(1) != 'L' || end < 0) {
            throw new IllegalArgumentException("cannot read the receiver from " + descriptor);
        }
        return descriptor.substring(start + 1, end).replace('/', '.');
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("cannot load " + name, e);
        }
    }
}
