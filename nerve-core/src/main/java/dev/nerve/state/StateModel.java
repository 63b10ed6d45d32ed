package dev.nerve.state;

import com.fasterxml.jackson.databind.JavaType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered shape of one state class: its name, var fields and computed methods, checked once
 * (R-EV-6, R-VAR-4). It also creates instances and gives the runtime the raw access it needs to
 * load, roll back and encode vars, which application code never gets.
 *
 * @param <S> the state class
 */
public final class StateModel<S extends State> {
    private final Class<S> type;
    private final String name;
    private final MethodHandle constructor;
    private final List<VarModel> vars;
    private final Map<String, VarModel> varsByName;
    private final List<ComputedModel> computed;

    private StateModel(Class<S> type, MethodHandle constructor, List<VarModel> vars, List<ComputedModel> computed) {
        this.type = type;
        this.name = nameOf(type);
        this.constructor = constructor;
        this.vars = List.copyOf(vars);
        this.computed = List.copyOf(computed);
        Map<String, VarModel> byName = new LinkedHashMap<>();
        for (VarModel var : vars) byName.put(var.name(), var);
        this.varsByName = byName;
    }

    /** Inspects and checks {@code type}; throws {@link StateDefinitionException} naming what is wrong. */
    public static <S extends State> StateModel<S> of(Class<S> type, StateCodec codec) {
        MethodHandle constructor = constructorOf(type);
        S prototype = create(type, constructor);
        List<VarModel> vars = VarScanner.scan(type, prototype, codec);
        List<ComputedModel> computed = ComputedScanner.scan(type, codec, vars);
        return new StateModel<>(type, constructor, vars, computed);
    }

    /** The wire and store name of a state class: its simple name. */
    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    /** The state class. */
    public Class<S> type() {
        return type;
    }

    /** The name used on the wire and in the store: the class's simple name. */
    public String name() {
        return name;
    }

    /** The var fields, those of superclasses first; unmodifiable. */
    public List<VarModel> vars() {
        return vars;
    }

    /** The var called {@code varName}, or {@code null}. */
    public VarModel var(String varName) {
        return varsByName.get(varName);
    }

    /** The {@link Computed} methods; unmodifiable. */
    public List<ComputedModel> computed() {
        return computed;
    }

    /** A new instance with its vars bound, attached to {@code context}. */
    public S instantiate(StateContext context) {
        S instance = create(type, constructor);
        for (VarModel model : vars) varOf(instance, model).bind(model);
        instance.attach(context);
        return instance;
    }

    /** The var object behind {@code model} in {@code instance}. */
    public Var<?> varOf(State instance, VarModel model) {
        try {
            return (Var<?>) model.field().get(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + model.label(), e);
        }
    }

    /** The current value without recording a read (for encoding). */
    public static Object peek(Var<?> var) {
        return var.peek();
    }

    /** Sets a value bypassing the write guard: for rollback and for loading stored state only. */
    public static void restore(Var<?> var, Object value) {
        var.restore(value);
    }

    /** The model of a var of a registered state, or {@code null} for a var of an unregistered one. */
    public static VarModel modelOf(Var<?> var) {
        return var.model();
    }

    /** A cache entry for one computed var of {@code instance}; it computes on first use. */
    public ComputedValue computedValue(State instance, ComputedModel model) {
        return new ComputedValue(instance, model);
    }

    private static <S> MethodHandle constructorOf(Class<S> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new StateDefinitionException(type, null, "a state class must not be abstract");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new StateDefinitionException(type, null, "a nested state class must be static");
        }
        try {
            Constructor<S> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(constructor);
        } catch (NoSuchMethodException e) {
            throw new StateDefinitionException(type, null, "a state class needs a no-argument constructor");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new StateDefinitionException(type, null, "cannot access the no-argument constructor: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> S create(Class<S> type, MethodHandle constructor) {
        try {
            return (S) constructor.invoke();
        } catch (Throwable e) {
            throw new StateDefinitionException(type, null, "the constructor failed: " + e, e);
        }
    }

    static boolean isCollectionType(JavaType type) {
        return type.isCollectionLikeType() || type.isMapLikeType() || type.isArrayType();
    }
}
