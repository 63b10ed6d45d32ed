package dev.nerve.state.other;

import dev.nerve.state.State;
import dev.nerve.state.Var;

/** A state whose simple name clashes with {@code RegistrationTest.Fine}. */
public class Fine extends State {
    public final Var<Integer> count = var(0);
}
