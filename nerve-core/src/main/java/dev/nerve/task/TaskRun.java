package dev.nerve.task;

import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background task's thread, start to end: run the handler on the token's instance without the lock
 * (R-BG-1), report a failure once, then leave the registry and send one last delta for computed vars
 * that changed meanwhile (R-BG-7). A cancelled task ends at once and sends that delta from another
 * thread, so that cancelling never waits for the lock.
 */
final class TaskRun {
    private static final Logger log = LoggerFactory.getLogger(TaskRun.class);

    private TaskRun() { }

    static void run(TokenSession token, StateType type, HandlerModel handler, Object[] args, BackgroundTask task) {
        task.enter();
        try {
            Object returned = handler.invoke(token.loaded(type).instance(), args);
            if (returned instanceof EventSpec next) token.emit(next);
        } catch (Throwable failure) {
            if (task.isCancelled() && Failures.isInterruption(failure)) log.debug("{} cancelled", task);
            else if (!task.isBlockFailure(failure)) Failures.report(token, handler.qualifiedName(), failure, null);
        } finally {
            task.ended();
            Thread.interrupted();
            token.sessions().tasks().ended(task);
            if (task.isCancelled()) {
                task.finish();
                Thread.ofVirtual().name("nerve-final-sync").start(() -> finalSync(token, task));
            } else {
                finalSync(token, task);
                task.finish();
            }
        }
    }

    private static void finalSync(TokenSession token, BackgroundTask task) {
        if (token.sessions().isClosing()) return;
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
