package dev.nerve.task;

import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;

/**
 * An {@link EventSpec} resolved against the registered states when it is emitted, so that a bad one
 * fails the code that emitted it, before anything is stored.
 */
record Chained(StateType type, HandlerModel handler, Object[] args) {

    static Chained resolve(EventSpec spec, TokenSessions sessions) {
        StateType type = sessions.types().of(spec.state());
        HandlerModel handler = type.handlers().get(spec.handler());
        if (handler == null) throw new IllegalArgumentException(spec.qualifiedName() + " is not an @Event handler of a registered state");
        if (handler.parameters().size() != spec.args().size()) {
            throw new IllegalArgumentException(spec.qualifiedName() + " takes " + handler.parameters().size() + " argument(s), got " + spec.args().size());
        }
        return new Chained(type, handler, spec.args().toArray());
    }
}
