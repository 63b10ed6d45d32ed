package dev.nerve.ui;

import java.util.Arrays;
import java.util.List;

/**
 * An operation the browser evaluates: {@code not}, {@code eq}, {@code add}, {@code concat}, {@code cond}...
 *
 * @param op   the operation's name, one of {@link #NAMES}
 * @param args its operands: expressions or constants
 */
public record Op<T>(String op, List<Object> args) implements Expr<T> {

    /** Every operation the browser runtime knows. */
    public static final List<String> NAMES = List.of(
            "not", "and", "or", "eq", "ne", "lt", "le", "gt", "ge",
            "add", "sub", "mul", "div", "mod", "concat", "len", "get", "cond");

    public Op {
        if (!NAMES.contains(op)) throw new IllegalArgumentException("unknown operation " + op);
        args = Arrays.asList(args.toArray());
    }

    static <T> Op<T> of(String op, Object... args) {
        return new Op<>(op, Arrays.asList(args));
    }
}
