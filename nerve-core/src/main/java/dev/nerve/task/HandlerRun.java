package dev.nerve.task;

import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import dev.nerve.state.State;

import java.util.List;

/**
 * One normal event, start to end, on the token's queue thread: take the lock for the whole handler
 * (R-EV-2), run it, queue the events it returns, commit — or roll back and report (R-EV-5).
 */
final class HandlerRun {
    private HandlerRun() { }

    static void run(TokenSession token, StateType type, HandlerModel handler, Object[] args, Long event) {
        LockSession session;
        try {
            session = LockSession.open(token, SessionKind.HANDLER);
        } catch (InterruptedException e) {
            Failures.report(token, handler.qualifiedName(), new IllegalStateException("interrupted while waiting for the token's lock", e), event);
            return;
        } catch (RuntimeException e) {
            Failures.report(token, handler.qualifiedName(), e, event);
            return;
        }
        try {
            State instance = session.instance(type);
            chain(token, session, handler, handler.invoke(instance, args));
            session.commit(event);
        } catch (Throwable failure) {
            session.closeIfOpen();
            Failures.report(token, handler.qualifiedName(), failure, event);
        }
    }

    private static void chain(TokenSession token, LockSession session, HandlerModel handler, Object returned) {
        if (returned == null) return;
        switch (handler.returns()) {
            case NOTHING -> { }
            case EVENT -> session.emit(Chained.resolve((EventSpec) returned, token.sessions()));
            case EVENTS -> {
                for (Object spec : (List<?>) returned) {
                    if (spec != null) session.emit(Chained.resolve((EventSpec) spec, token.sessions()));
                }
            }
        }
    }
}
