package dev.nerve.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A value the browser computes and keeps up to date: a var, a constant, or an operation on those.
 * Every {@link dev.nerve.state.Var} is one, so a view can write {@code s.running.not()} or
 * {@code s.counter.gt(5)}. Anything more involved belongs in a {@link dev.nerve.state.Computed} var.
 *
 * <p>Arguments that are not expressions are constants. Operations follow JavaScript semantics in
 * the browser, except equality, which compares JSON values by content.
 *
 * @param <T> the value's type, as a hint to the reader; the browser works on JSON values
 */
public interface Expr<T> {

    /** True if this is falsy (JavaScript {@code !}). */
    default Expr<Boolean> not() {
        return Op.of("not", this);
    }

    /** True if this and {@code other} are both truthy. */
    default Expr<Boolean> and(Object other) {
        return Op.of("and", this, other);
    }

    /** True if this or {@code other} is truthy. */
    default Expr<Boolean> or(Object other) {
        return Op.of("or", this, other);
    }

    /** True if this equals {@code other}, JSON values compared by content. */
    default Expr<Boolean> eq(Object other) {
        return Op.of("eq", this, other);
    }

    /** True unless this equals {@code other}; the opposite of {@link #eq}. */
    default Expr<Boolean> ne(Object other) {
        return Op.of("ne", this, other);
    }

    /** True if this is less than {@code other} (JavaScript {@code <}). */
    default Expr<Boolean> lt(Object other) {
        return Op.of("lt", this, other);
    }

    /** True if this is at most {@code other} (JavaScript {@code <=}). */
    default Expr<Boolean> le(Object other) {
        return Op.of("le", this, other);
    }

    /** True if this is greater than {@code other} (JavaScript {@code >}). */
    default Expr<Boolean> gt(Object other) {
        return Op.of("gt", this, other);
    }

    /** True if this is at least {@code other} (JavaScript {@code >=}). */
    default Expr<Boolean> ge(Object other) {
        return Op.of("ge", this, other);
    }

    /** This plus {@code other}, both read as numbers. */
    default Expr<Number> plus(Object other) {
        return Op.of("add", this, other);
    }

    /** This minus {@code other}, both read as numbers. */
    default Expr<Number> minus(Object other) {
        return Op.of("sub", this, other);
    }

    /** This times {@code other}, both read as numbers. */
    default Expr<Number> times(Object other) {
        return Op.of("mul", this, other);
    }

    /** This divided by {@code other}, both read as numbers (JavaScript division, not integer division). */
    default Expr<Number> dividedBy(Object other) {
        return Op.of("div", this, other);
    }

    /** The remainder of this divided by {@code other}, both read as numbers (JavaScript {@code %}). */
    default Expr<Number> mod(Object other) {
        return Op.of("mod", this, other);
    }

    /** The texts of this and {@code others}, joined. */
    default Expr<String> concat(Object... others) {
        List<Object> parts = new ArrayList<>();
        parts.add(this);
        parts.addAll(List.of(others));
        return Op.of("concat", parts.toArray());
    }

    /** The length of a text or a list. */
    default Expr<Integer> length() {
        return Op.of("len", this);
    }

    /** A field of an object value (a record, a map): {@code s.user.field("name")}. */
    default <V> Expr<V> field(String name) {
        return Op.of("get", this, name);
    }
}
