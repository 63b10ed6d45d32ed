package dev.nerve.state;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Finds and checks the var fields of a state class, using one prototype instance. */
final class VarScanner {
    private VarScanner() { }

    static List<VarModel> scan(Class<? extends State> type, State prototype, StateCodec codec) {
        List<VarModel> vars = new ArrayList<>();
        Set<Var<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Class<?> declaring : Hierarchy.topDown(type)) {
            for (Field field : declaring.getDeclaredFields()) {
                if (!Var.class.isAssignableFrom(field.getType()) || field.isSynthetic()) continue;
                VarModel model = inspect(type, field, prototype, codec, seen);
                if (vars.stream().anyMatch(v -> v.name().equals(model.name()))) {
                    throw new StateDefinitionException(type, field.getName(), "two var fields share this name");
                }
                vars.add(model);
            }
        }
        for (Var<?> declared : prototype.declaredVars()) {
            if (!seen.contains(declared)) {
                throw new StateDefinitionException(type, null,
                        "a var created with var(...) is not kept in a field; declare each var as a final field");
            }
        }
        return vars;
    }

    private static VarModel inspect(Class<? extends State> type, Field field, State prototype, StateCodec codec, Set<Var<?>> seen) {
        String name = field.getName();
        if (Modifier.isStatic(field.getModifiers())) {
            throw new StateDefinitionException(type, name, "a var field must not be static: every tab has its own state");
        }
        if (!Modifier.isFinal(field.getModifiers())) {
            throw new StateDefinitionException(type, name, "a var field must be final");
        }
        Var<?> var = read(type, field, prototype);
        if (var.owner() != prototype || !seen.add(var)) {
            throw new StateDefinitionException(type, name, "each var field must hold its own var, created with var(...) in this state");
        }
        JavaType valueType = valueType(type, field, codec.mapper());
        if (!(var instanceof ListVar || var instanceof MapVar || var instanceof SetVar) && StateModel.isCollectionType(valueType)) {
            throw new StateDefinitionException(type, name,
                    "a " + valueType.getRawClass().getSimpleName() + " value needs listVar(), mapVar() or setVar(), whose changes are tracked");
        }
        VarModel model = new VarModel(type, name, field, valueType, var.isBackend());
        checkEncodable(type, model, var.initial(), codec);
        return model;
    }

    private static Var<?> read(Class<?> type, Field field, State prototype) {
        try {
            field.setAccessible(true);
            Var<?> var = (Var<?>) field.get(prototype);
            if (var == null) {
                throw new StateDefinitionException(type, field.getName(), "the var field is null; initialize it with var(...)");
            }
            return var;
        } catch (IllegalAccessException | RuntimeException e) {
            if (e instanceof StateDefinitionException s) throw s;
            throw new StateDefinitionException(type, field.getName(), "cannot read the field: " + e.getMessage(), e);
        }
    }

    private static JavaType valueType(Class<?> type, Field field, ObjectMapper mapper) {
        JavaType[] params = mapper.getTypeFactory().constructType(field.getGenericType()).findTypeParameters(Var.class);
        if (params.length == 0 || !(field.getGenericType() instanceof ParameterizedType)) {
            throw new StateDefinitionException(type, field.getName(), "declare the value type, e.g. Var<Integer>");
        }
        return params[0];
    }

    private static void checkEncodable(Class<?> type, VarModel model, Object initial, StateCodec codec) {
        try {
            if (initial != null) {
                codec.decode(model.label(), codec.encode(model.label(), initial), model.type());
            } else if (!codec.mapper().canSerialize(model.type().getRawClass())) {
                throw new StateEncodingException(model.label() + " has no JSON encoding for " + model.type().toCanonical(), null);
            }
        } catch (StateEncodingException e) {
            throw new StateDefinitionException(type, model.name(), "the var type cannot be encoded: " + e.getMessage(), e);
        }
    }
}
