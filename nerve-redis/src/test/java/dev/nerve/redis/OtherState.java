package dev.nerve.redis;

import dev.nerve.state.State;
import dev.nerve.state.Var;

/** A second state of the same token, which events on {@link Counter} must not load. */
public class OtherState extends State {
    public final Var<String> text = var("untouched");
}
