package dev.nerve.ui;

/**
 * The element of a list that {@link Html#foreach} renders: an expression the browser evaluates per
 * element. Use it as it is, or take a field: {@code item.field("name")}.
 *
 * @param scope which enclosing {@code foreach} it belongs to (0 = outermost)
 */
public record Item<T>(int scope) implements Expr<T> {

    /** The element's position in the list, from 0. */
    public Expr<Integer> index() {
        return new ItemIndex(scope);
    }

    /** The position of a {@code foreach} element, as an expression. */
    public record ItemIndex(int scope) implements Expr<Integer> { }
}
