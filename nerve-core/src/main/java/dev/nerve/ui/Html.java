package dev.nerve.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The building blocks of a page; {@code import static dev.nerve.ui.Html.*}. Children may be
 * components, {@link Expr}s (a var shows its value as text), or constants (shown as text).
 *
 * <pre>{@code
 * static Component example(TaskState s) {
 *     return hstack(
 *         heading(s.counter, " /"),
 *         input().value(s.maxCounter).onChange(s::setMaxCounter).width("8em"),
 *         button(cond(s.running.not(), "Start", "Stop")).onClick(s::toggleRunning),
 *         button("Reset").onClick(s::clearCounter));
 * }
 * }</pre>
 */
public final class Html {
    /** How many {@code foreach} templates enclose the one being built, so an {@link Item} knows its scope. */
    private static final ThreadLocal<Integer> FOREACH_DEPTH = ThreadLocal.withInitial(() -> 0);

    private Html() { }

    // layout

    /** Children side by side, vertically centred, with a gap. */
    public static Element hstack(Object... children) { return new Element("div", children).className("nerve-hstack"); }
    /** Children one above the other, with a gap. */
    public static Element vstack(Object... children) { return new Element("div", children).className("nerve-vstack"); }
    /** Takes the free space in a stack, pushing what follows to the end. */
    public static Element spacer() { return new Element("div").className("nerve-spacer"); }
    /** Children in a grid of {@code columns} equal columns. */
    public static Element grid(int columns, Object... children) {
        return new Element("div", children).className("nerve-grid").style("grid-template-columns", "repeat(" + columns + ", minmax(0, 1fr))");
    }
    /** A plain {@code div}, for grouping children without a layout of its own. */
    public static Element box(Object... children) { return new Element("div", children); }
    /** A row of navigation links. */
    public static Element nav(Object... links) { return new Element("nav", links).className("nerve-nav"); }
    /** The same as {@link #box}. */
    public static Element div(Object... children) { return box(children); }

    // text

    /** Inline text joined from its parts: {@code text("Hello, ", s.name)}. */
    public static Element text(Object... parts) { return new Element("span", parts); }
    /** A section heading ({@code h2}); {@link #h1} and {@link #h3} for the levels around it. */
    public static Element heading(Object... parts) { return new Element("h2", parts); }
    /** A top-level heading ({@code h1}). */
    public static Element h1(Object... parts) { return new Element("h1", parts); }
    /** A subheading ({@code h3}). */
    public static Element h3(Object... parts) { return new Element("h3", parts); }
    /** A paragraph ({@code p}). */
    public static Element paragraph(Object... parts) { return new Element("p", parts); }
    /** A link to {@code href}; the browser refuses schemes other than http, https, mailto and tel (relative URLs are fine). */
    public static Element link(Object text, Object href) { return new Element("a", text).attr("href", href); }
    /**
     * An image from {@code src}, described by {@code alt}; URLs are checked as for {@link #link},
     * {@code data:image/} ones allowed too.
     */
    public static Element image(Object src, Object alt) { return new Element("img").attr("src", src).attr("alt", alt); }

    // forms

    /** A button ({@code type="button"}, so it never submits a form by itself). */
    public static Element button(Object... children) { return new Element("button", children).type("button"); }
    /** A one-line text input; set its value with {@link Element#value}. */
    public static Element input() { return new Element("input").type("text"); }
    /** A multi-line text input. */
    public static Element textarea() { return new Element("textarea"); }
    /** A checkbox; {@link Element#onChange} passes it a boolean. */
    public static Element checkbox() { return new Element("input").type("checkbox"); }
    /** A drop-down list of {@link #option}s. */
    public static Element select(Object... options) { return new Element("select", options); }
    /** An option of a {@link #select}: {@code label} is shown, {@code value} becomes the select's value when picked. */
    public static Element option(Object value, Object label) { return new Element("option", label).value(value); }
    /** A label for a form field. */
    public static Element label(Object... children) { return new Element("label", children); }
    /** A form; its submit button sends {@link Element#onSubmit} with the named fields, without reloading the page. */
    public static Element form(Object... children) { return new Element("form", children); }
    /** A progress bar showing {@code value} out of {@code max}. */
    public static Element progress(Object value, Object max) { return new Element("progress").attr("value", value).attr("max", max); }

    // lists and tables

    /** A bulleted list of {@link #li} items. */
    public static Element ul(Object... items) { return new Element("ul", items); }
    /** A numbered list of {@link #li} items. */
    public static Element ol(Object... items) { return new Element("ol", items); }
    /** An item of a {@link #ul} or {@link #ol}. */
    public static Element li(Object... children) { return new Element("li", children); }
    /** A table of {@link #thead} and {@link #tbody} sections, or of rows. */
    public static Element table(Object... sections) { return new Element("table", sections); }
    /** The header rows of a table. */
    public static Element thead(Object... rows) { return new Element("thead", rows); }
    /** The body rows of a table. */
    public static Element tbody(Object... rows) { return new Element("tbody", rows); }
    /** A table row of {@link #th} or {@link #td} cells. */
    public static Element tr(Object... cells) { return new Element("tr", cells); }
    /** A header cell. */
    public static Element th(Object... children) { return new Element("th", children); }
    /** A data cell. */
    public static Element td(Object... children) { return new Element("td", children); }

    // bindings

    /** {@code then} while {@code test} is true, else {@code otherwise}: for text and attribute values. */
    public static <T> Expr<T> cond(Expr<Boolean> test, Object then, Object otherwise) {
        return Op.of("cond", test, then, otherwise);
    }

    /** Shows {@code then} while {@code test} is true, else {@code otherwise}. */
    public static Component cond(Expr<Boolean> test, Component then, Component otherwise) {
        return new Cond(test, then, otherwise);
    }

    /** Shows {@code then} only while {@code test} is true. */
    public static Component when(Expr<Boolean> test, Component then) {
        return new Cond(test, then, null);
    }

    /** Renders {@code template} for each element of {@code list}, keyed by the element's content. */
    public static <E> Component foreach(Expr<? extends Collection<E>> list, Function<Item<E>, Component> template) {
        return foreach(list, null, template);
    }

    /** Renders {@code template} for each element of {@code list}, keyed by the element's field {@code key}. */
    public static <E> Component foreach(Expr<? extends Collection<E>> list, String key, Function<Item<E>, Component> template) {
        int scope = FOREACH_DEPTH.get();
        FOREACH_DEPTH.set(scope + 1);
        try {
            return new Each(list, key, scope, template.apply(new Item<>(scope)));
        } finally {
            FOREACH_DEPTH.set(scope);
        }
    }

    /** A computed var, bound by method reference: {@code text(computed(s::remaining))}. */
    public static <T> Expr<T> computed(Computation<T> method) {
        var target = dev.nerve.event.MethodRefs.resolve(method);
        return new ComputedRef<>(dev.nerve.state.StateModel.nameOf(target.receiver()), target.method());
    }

    /** Children as components: runs of non-components become one {@link Text}. */
    static List<Component> components(Object... children) {
        List<Component> out = new ArrayList<>();
        List<Object> text = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof Component component) {
                flush(text, out);
                out.add(component);
            } else if (child != null) {
                text.add(child);
            }
        }
        flush(text, out);
        return out;
    }

    private static void flush(List<Object> text, List<Component> out) {
        if (text.isEmpty()) return;
        out.add(new Text(List.copyOf(text)));
        text.clear();
    }
}
