package dev.nerve.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An HTML element with attributes, styles, classes, event listeners and children. Attribute and
 * style values may be constants or {@link Expr}s bound to state; the fluent methods return the
 * element itself, so a view reads top to bottom.
 */
public final class Element implements Component {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private final String tag;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, Object> styles = new LinkedHashMap<>();
    private final List<String> classes = new ArrayList<>();
    private final Map<String, Expr<Boolean>> conditionalClasses = new LinkedHashMap<>();
    private final List<EventProp> events = new ArrayList<>();
    private final List<Component> children = new ArrayList<>();

    Element(String tag, Object... children) {
        this.tag = tag;
        this.children.addAll(Html.components(children));
    }

    /** What the page compiler reads. These are the element's own collections, not copies. */
    public String tag() { return tag; }
    public Map<String, Object> attributes() { return attributes; }
    public Map<String, Object> styles() { return styles; }
    public List<String> classes() { return classes; }
    public Map<String, Expr<Boolean>> conditionalClasses() { return conditionalClasses; }
    public List<EventProp> events() { return events; }
    public List<Component> children() { return children; }

    /** Sets an attribute; event attributes ({@code on...}) are refused: use the {@code on} methods. */
    public Element attr(String name, Object value) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(name).matches() || lower.startsWith("on")) {
            throw new IllegalArgumentException("'" + name + "' is not an attribute a view may set");
        }
        if (lower.equals("style") || lower.equals("srcdoc")) {
            throw new IllegalArgumentException("'" + name + "' cannot be set as an attribute: use style(property, value) for styles; srcdoc is refused");
        }
        attributes.put(name, value);
        return this;
    }

    /** Shortcuts for {@link #attr} with the attribute of the same name. */
    public Element id(String id) { return attr("id", id); }
    public Element name(String name) { return attr("name", name); }
    public Element type(String type) { return attr("type", type); }
    public Element placeholder(Object text) { return attr("placeholder", text); }
    public Element title(Object text) { return attr("title", text); }
    /** The value of an input, select or textarea; kept in step with a bound var unless the user is editing it. */
    public Element value(Object value) { return attr("value", value); }
    /** Whether a checkbox is ticked; a bound value follows the var's changes. */
    public Element checked(Object checked) { return attr("checked", checked); }
    /** Whether the control is disabled; a false or null value removes the attribute. */
    public Element disabled(Object disabled) { return attr("disabled", disabled); }

    /** Adds CSS classes that the element always has; see {@link #classIf} for conditional ones. */
    public Element className(String... names) {
        classes.addAll(Arrays.asList(names));
        return this;
    }

    /** Adds {@code name} to the element's classes while {@code when} is true. */
    public Element classIf(String name, Expr<Boolean> when) {
        conditionalClasses.put(name, when);
        return this;
    }

    /** Sets a CSS property, e.g. {@code style("width", "8em")}; the value may be bound. */
    public Element style(String property, Object value) {
        if (!NAME.matcher(property).matches()) throw new IllegalArgumentException("'" + property + "' is not a CSS property");
        styles.put(property, value);
        return this;
    }

    /** Shortcuts for {@link #style} with the CSS property of the same name. */
    public Element width(Object value) { return style("width", value); }
    public Element height(Object value) { return style("height", value); }
    public Element padding(Object value) { return style("padding", value); }
    public Element margin(Object value) { return style("margin", value); }
    public Element gap(Object value) { return style("gap", value); }
    public Element color(Object value) { return style("color", value); }
    public Element background(Object value) { return style("background", value); }

    /** On click, calls {@code handler}, a bound method reference such as {@code s::toggleRunning}. */
    public Element onClick(Action handler) {
        return on("click", handler, List.of(), EventProp.Passes.NOTHING);
    }

    /** On click, calls {@code handler} with {@code arg}, a constant or an expression such as {@code item.field("id")}. */
    public <A> Element onClick(Action1<A> handler, Object arg) {
        return on("click", handler, Arrays.asList(arg), EventProp.Passes.NOTHING);
    }

    /** On click, calls {@code handler} with {@code a} and {@code b}, each a constant or an expression. */
    public <A, B> Element onClick(Action2<A, B> handler, Object a, Object b) {
        return on("click", handler, Arrays.asList(a, b), EventProp.Passes.NOTHING);
    }

    /** When the value is committed (enter, blur, a pick), calls {@code handler} with it: a string, or a boolean for a checkbox. */
    public <A> Element onChange(Action1<A> handler) {
        return on("change", handler, List.of(), EventProp.Passes.VALUE);
    }

    /** On every keystroke, calls {@code handler} with the value; see {@link #debounce}. */
    public <A> Element onInput(Action1<A> handler) {
        return on("input", handler, List.of(), EventProp.Passes.VALUE);
    }

    /** On submit, calls {@code handler} with the form's named fields (a map, or a record with those fields). */
    public <A> Element onSubmit(Action1<A> handler) {
        return on("submit", handler, List.of(), EventProp.Passes.FORM);
    }

    /** On a key press, calls {@code handler} with the key's name ("Enter", "a", "ArrowUp"). */
    public Element onKeyDown(Action1<String> handler) {
        return on("keydown", handler, List.of(), EventProp.Passes.KEY);
    }

    /** On a press of {@code key} only, calls {@code handler}. */
    public Element onKey(String key, Action handler) {
        events.add(new EventProp("keydown", handler, List.of(), EventProp.Passes.NOTHING, key, 0));
        return this;
    }

    /** Waits until the user stops typing for {@code millis} before sending this element's input events. */
    public Element debounce(int millis) {
        if (millis < 0) throw new IllegalArgumentException("debounce must not be negative");
        events.replaceAll(e -> e.event().equals("input") || e.event().equals("keydown") ? e.withDebounce(millis) : e);
        return this;
    }

    /** Appends children: components, bound expressions, or constants shown as text. */
    public Element add(Object... more) {
        children.addAll(Html.components(more));
        return this;
    }

    private Element on(String event, java.io.Serializable handler, List<Object> args, EventProp.Passes passes) {
        events.add(new EventProp(event, handler, args, passes, null, 0));
        return this;
    }
}
