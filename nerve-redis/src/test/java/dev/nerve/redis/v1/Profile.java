package dev.nerve.redis.v1;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;

/** A state as an older version of an app stored it. */
public class Profile extends State {
    public final Var<String> name = var("");
    public final Var<String> age = var("");
    public final Var<String> nickname = var("");

    @Event
    public void fill() {
        name.set("Ada");
        age.set("thirty-six");
        nickname.set("countess");
    }
}
