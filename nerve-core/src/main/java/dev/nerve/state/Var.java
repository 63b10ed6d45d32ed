package dev.nerve.state;

import dev.nerve.ui.Expr;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One field of state. A client var is sent to the browser whenever it changes; a backend var
 * ({@link State#backendVar}) is stored but never sent. Declare vars as {@code final} fields of a
 * {@link State}; the field name is the var's name.
 *
 * <p>Reads are allowed from any thread and never see a torn value. Writes are checked: inside an
 * event handler or a lock block they are recorded for the next delta; in a background task outside a
 * lock block they throw {@link ImmutableStateException} and leave the var unchanged.
 *
 * <p>A var is also an {@link Expr}: a page binds it with {@code heading(s.counter)} or
 * {@code s.running.not()}, and the browser keeps what it shows up to date.
 *
 * <p>Values should be immutable (records, strings, numbers); use {@link ListVar}, {@link MapVar} or
 * {@link SetVar} for collections, whose mutators are checked like {@link #set}.
 *
 * @param <T> the value type; it must round-trip through JSON (Jackson)
 */
public class Var<T> implements Expr<T> {
    private final State owner;
    private final T initial;
    private final boolean backend;
    private volatile T value;
    private volatile VarModel model;

    Var(State owner, T initial, boolean backend) {
        this.owner = owner;
        this.initial = initial;
        this.backend = backend;
        this.value = initial;
    }

    /** The current value. Inside a computed var, the read is recorded as a dependency. */
    public T get() {
        Reads.record(this);
        return value;
    }

    /** Replaces the value; a value equal to the current one is not a change and produces no delta. */
    public void set(T newValue) {
        owner.context().checkWrite(this);
        assign(newValue);
    }

    /** Sets the value to {@code f} applied to the current one; {@code f} runs only if the write is allowed. */
    public void update(UnaryOperator<T> f) {
        owner.context().checkWrite(this);
        assign(f.apply(value));
    }

    /** The field name, once the engine has registered the state; {@code null} before. */
    public String name() {
        VarModel m = model;
        return m == null ? null : m.name();
    }

    /** True for a backend var: stored, never sent to the browser. */
    public boolean isBackend() {
        return backend;
    }

    /** The state this var belongs to. */
    public State owner() {
        return owner;
    }

    /** The value the var was declared with; {@link State#reset()} returns to it. */
    public T initial() {
        return initial;
    }

    final T peek() {
        return value;
    }

    @SuppressWarnings("unchecked")
    final void restore(Object oldValue) {
        value = (T) oldValue;
    }

    final void bind(VarModel model) {
        this.model = model;
    }

    final VarModel model() {
        return model;
    }

    /** The write itself, once {@link StateContext#checkWrite} allowed it: collection mutators check first, then assign. */
    final void assign(T newValue) {
        T old = value;
        if (Objects.equals(old, newValue)) return;
        owner.context().recordChange(this, old);
        value = newValue;
    }

    final void checkWritable() {
        owner.context().checkWrite(this);
    }

    @Override
    public String toString() {
        String name = name();
        return (name == null ? "var" : name) + "=" + value;
    }
}
