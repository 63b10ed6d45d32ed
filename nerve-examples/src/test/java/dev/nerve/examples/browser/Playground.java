package dev.nerve.examples.browser;

import dev.nerve.event.Event;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.ui.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.nerve.ui.Html.button;
import static dev.nerve.ui.Html.checkbox;
import static dev.nerve.ui.Html.cond;
import static dev.nerve.ui.Html.foreach;
import static dev.nerve.ui.Html.form;
import static dev.nerve.ui.Html.input;
import static dev.nerve.ui.Html.li;
import static dev.nerve.ui.Html.link;
import static dev.nerve.ui.Html.option;
import static dev.nerve.ui.Html.paragraph;
import static dev.nerve.ui.Html.select;
import static dev.nerve.ui.Html.text;
import static dev.nerve.ui.Html.ul;
import static dev.nerve.ui.Html.vstack;
import static dev.nerve.ui.Html.when;

/** A page exercising the browser runtime's features, for RuntimeBrowserTest. */
public class Playground extends State {
    /** One list entry. */
    public record Item(int id, String name) { }

    public final Var<String> markup = var("<b>not bold</b><img src=x onerror=alert(1)>");
    public final Var<String> href = var("javascript:alert(1)");
    public final ListVar<Item> items = listVar(new Item(1, "one"), new Item(2, "two"), new Item(3, "three"));
    public final Var<Boolean> shown = var(true);
    public final Var<String> query = var("");
    public final Var<Integer> queries = var(0);
    public final Var<String> submitted = var("");
    public final Var<String> keys = var("");
    public final Var<Boolean> agreed = var(false);
    public final Var<String> color = var("green");
    public final Var<Integer> clicks = var(0);
    public final Var<Boolean> refused = var(false);
    public final Var<String> shortName = var("abc");

    @Event public void reverse() { items.sort(Comparator.comparingInt(Item::id).reversed()); }
    @Event public void rename(int id) { items.replaceAll(i -> i.id() == id ? new Item(id, i.name() + "!") : i); }
    @Event public void toggle() { shown.set(!shown.get()); }
    @Event public void search(String value) { query.set(value); queries.update(q -> q + 1); }
    @Event public void submit(Map<String, Object> fields) { submitted.set(fields.get("first") + " " + fields.get("last") + " " + fields.get("subscribe")); }
    @Event public void key(String key) { keys.update(k -> k + key + ";"); }
    @Event public void enter() { keys.update(k -> k + "ENTER;"); }
    @Event public void agree(boolean value) { agreed.set(value); }
    @Event public void pick(String value) { color.set(value); }
    @Event public void click() { clicks.update(c -> c + 1); }
    @Event public void refuse(boolean value) { throw new IllegalStateException("this box stays unchecked"); }
    @Event public void nameUpTo5(String value) { if (value.length() <= 5) shortName.set(value); }

    public static Component view(Playground s) {
        return vstack(
                paragraph(s.markup).id("markup"),
                link("a link", s.href).id("bad-link"),
                link("good link", "/x?y=1").id("good-link"),
                ul(foreach(s.items, "id", item -> li(item.field("name")).onClick(s::rename, item.field("id")))).id("items"),
                button("reverse").onClick(s::reverse).id("reverse"),
                button("toggle").onClick(s::toggle).id("toggle"),
                when(s.shown, text("now you see me").id("shown")),
                input().value(s.query).onInput(s::search).debounce(300).id("search"),
                text(s.queries).id("queries"),
                form(input().name("first"), input().name("last"), checkbox().name("subscribe"), button("Send").type("submit").id("send"))
                        .onSubmit(s::submit).id("form"),
                text(s.submitted).id("submitted"),
                input().onKeyDown(s::key).onKey("Enter", s::enter).id("keys-input"),
                text(s.keys).id("keys"),
                checkbox().checked(s.agreed).onChange(s::agree).id("agree"),
                text(cond(s.agreed, "agreed", "not agreed")).id("agreed"),
                select(option("red", "Red"), option("green", "Green"), option("blue", "Blue")).value(s.color).onChange(s::pick).id("color"),
                text(s.color).id("color-shown"),
                button("click").onClick(s::click).id("click"),
                text(s.clicks).id("clicks"),
                checkbox().checked(s.refused).onChange(s::refuse).id("refused"),
                input().value(s.shortName).onChange(s::nameUpTo5).id("short-name"));
    }

    static List<String> names(List<Item> items) {
        return items.stream().map(Item::name).toList();
    }
}
