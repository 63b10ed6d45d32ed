package dev.nerve.redis.v2;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;

/** The same state after a deploy changed it: age is a number now, nickname is gone, email is new. */
public class Profile extends State {
    public final Var<String> name = var("");
    public final Var<Integer> age = var(0);
    public final Var<String> email = var("none");

    @Event
    public void rename(String value) {
        name.set(value);
    }
}
