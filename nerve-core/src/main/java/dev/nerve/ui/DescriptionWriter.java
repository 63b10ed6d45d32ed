package dev.nerve.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.MethodRefs;
import dev.nerve.event.StateType;
import dev.nerve.event.StateTypes;
import dev.nerve.protocol.Protocol;
import dev.nerve.state.StateDefinitionException;
import dev.nerve.state.StateModel;
import dev.nerve.state.Var;
import dev.nerve.state.VarModel;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Writes a component tree as the JSON description the browser renders, checking each binding. */
final class DescriptionWriter {
    private final StateTypes types;
    private final Templates templates;
    private final ObjectMapper mapper;
    private final Set<String> states = new LinkedHashSet<>();

    DescriptionWriter(StateTypes types, Templates templates, ObjectMapper mapper) {
        this.types = types;
        this.templates = templates;
        this.mapper = mapper;
    }

    Set<String> states() {
        return Set.copyOf(states);
    }

    JsonNode component(Component component) {
        return switch (component) {
            case Element e -> element(e);
            case Text t -> object().set(Protocol.TEXT, values(t.parts()));
            case Cond c -> cond(c);
            case Each e -> each(e);
        };
    }

    private ObjectNode element(Element e) {
        ObjectNode node = object().put(Protocol.TAG, e.tag());
        if (!e.attributes().isEmpty()) node.set(Protocol.ATTRS, map(e.attributes()));
        if (!e.styles().isEmpty()) node.set(Protocol.STYLE, map(e.styles()));
        if (!e.classes().isEmpty()) node.set(Protocol.CLASS, mapper.valueToTree(e.classes()));
        if (!e.conditionalClasses().isEmpty()) node.set(Protocol.CLASS_IF, map(e.conditionalClasses()));
        if (!e.events().isEmpty()) {
            ArrayNode events = node.putArray(Protocol.ON);
            e.events().forEach(event -> events.add(event(event)));
        }
        if (!e.children().isEmpty()) {
            ArrayNode children = node.putArray(Protocol.CHILDREN);
            e.children().forEach(child -> children.add(component(child)));
        }
        return node;
    }

    private ObjectNode cond(Cond c) {
        ObjectNode node = object();
        node.set(Protocol.IF, value(c.test()));
        node.set(Protocol.THEN, c.then() == null ? null : component(c.then()));
        node.set(Protocol.ELSE, c.otherwise() == null ? null : component(c.otherwise()));
        return node;
    }

    private ObjectNode each(Each e) {
        ObjectNode node = object();
        node.set(Protocol.EACH, value(e.list()));
        node.put(Protocol.KEY, e.key());
        node.put(Protocol.SCOPE, e.scope());
        node.set(Protocol.TEMPLATE, component(e.template()));
        return node;
    }

    private ObjectNode event(EventProp event) {
        HandlerModel handler = handler(event);
        ObjectNode node = object().put(Protocol.EVENT, event.event()).put(Protocol.HANDLER, handler.qualifiedName());
        node.set(Protocol.ARGS, values(event.args()));
        node.put(Protocol.PASSES, event.passes().name().toLowerCase());
        if (event.key() != null) node.put(Protocol.KEY, event.key());
        if (event.debounce() > 0) node.put(Protocol.DEBOUNCE, event.debounce());
        return node;
    }

    private HandlerModel handler(EventProp event) {
        MethodRefs.Target target = MethodRefs.resolve(event.action());
        if (!templates.isTemplate(target.bound())) {
            throw new IllegalArgumentException("an event prop needs a handler of the view's state, like s::" + target.method());
        }
        StateType type = types.of(((dev.nerve.state.State) target.bound()).getClass());
        HandlerModel handler = type.handlers().get(target.method());
        if (handler == null) {
            throw new StateDefinitionException(type.model().type(), target.method(), "the view binds it to " + event.event() + ", but it is not an @Event handler");
        }
        if (handler.parameters().size() != event.arity()) {
            throw new StateDefinitionException(type.model().type(), target.method(), "takes " + handler.parameters().size()
                    + " argument(s), but on " + event.event() + " the page passes " + event.arity());
        }
        states.add(type.name());
        return handler;
    }

    private ArrayNode values(Iterable<?> values) {
        ArrayNode array = mapper.createArrayNode();
        for (Object value : values) array.add(value(value));
        return array;
    }

    private ObjectNode map(Map<String, ?> values) {
        ObjectNode node = object();
        values.forEach((key, value) -> node.set(key, value(value)));
        return node;
    }

    /** An expression or a constant, as the browser evaluates it. */
    private JsonNode value(Object value) {
        return switch (value) {
            case Var<?> var -> var(var);
            case ComputedRef<?> ref -> computed(ref);
            case Op<?> op -> object().put(Protocol.OP, op.op()).set(Protocol.ARGS, values(op.args()));
            case Item<?> item -> object().put(Protocol.ITEM, item.scope());
            case Item.ItemIndex index -> object().put(Protocol.INDEX, index.scope());
            case Expr<?> other -> throw new IllegalArgumentException("unsupported expression " + other);
            case null -> mapper.nullNode();
            default -> constant(value);
        };
    }

    private JsonNode var(Var<?> var) {
        VarModel model = StateModel.modelOf(var);
        if (model == null || !templates.isTemplate(var.owner())) {
            throw new IllegalArgumentException("a view may bind only vars of the state it is given (or of state(Other.class))");
        }
        if (model.backend()) {
            throw new StateDefinitionException(model.owner(), model.name(), "a backend var is never sent to the browser, so a page cannot show it");
        }
        states.add(model.stateName());
        return object().put(Protocol.VAR, model.label());
    }

    private JsonNode computed(ComputedRef<?> ref) {
        StateType type = types.named(ref.state());
        if (type == null || type.model().computed().stream().noneMatch(c -> c.name().equals(ref.name()))) {
            throw new IllegalArgumentException(ref.state() + "." + ref.name() + " is not a @Computed method of a registered state");
        }
        states.add(ref.state());
        return object().put(Protocol.VAR, ref.state() + "." + ref.name());
    }

    private JsonNode constant(Object value) {
        JsonNode json = mapper.valueToTree(value);
        return json.isContainerNode() ? object().set(Protocol.LITERAL, json) : json;
    }

    private ObjectNode object() {
        return mapper.createObjectNode();
    }
}
