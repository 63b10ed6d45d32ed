package dev.nerve.task;

import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background task's thread, start to end: run the handler on the token's instance without the lock
 * (R-BG-1), report a failure once, then leave the registry and send one last delta for computed vars
 * that changed meanwhile (R-BG-7).
 */
final class TaskRun {
    private static final Logger log = LoggerFactory.getLogger(TaskRun.class);

    private TaskRun() { }

    static void run(TokenSession token, StateType type, HandlerModel handler, Object[] args, BackgroundTask task) {
        task.enter();
        try {
            Object returned = handler.invoke(token.loaded(type).instance(), args);
            if (returned instanceof EventSpec next) token.dispatch(next);
        } catch (Throwable failure) {
            if (task.isCancelled() && Failures.isInterruption(failure)) log.debug("{} cancelled", task);
            else Failures.report(token, handler.qualifiedName(), failure, null);
        } finally {
            Thread.interrupted(); // a cancelled task still sends its last delta
            token.sessions().tasks().ended(task);
            finalSync(token, task);
            task.finish();
        }
    }

    private static void finalSync(TokenSession token, BackgroundTask task) {
        try {
            LockSession session = LockSession.open(token, SessionKind.SYSTEM);
            try {
                session.commit(null, true);
            } finally {
                session.closeIfOpen();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("{}: the final computed-var update failed: {}", task, e.toString());
        }
    }
}
