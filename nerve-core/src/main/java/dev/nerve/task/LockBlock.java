package dev.nerve.task;

import dev.nerve.event.StateType;
import dev.nerve.state.LockCall;

/**
 * A background task's lock block, start to end: open a {@link LockSession} (wait for the lock,
 * refresh), run the body with the state writable, then commit — or, if the body or the commit
 * throws, roll back, tell the browser, and rethrow.
 */
final class LockBlock {
    private LockBlock() { }

    static <T, X extends Exception> T run(TokenSession token, StateType type, LockCall<T, X> body) throws X, InterruptedException {
        LockSession session = LockSession.open(token, SessionKind.BLOCK);
        try {
            session.instance(type);
            T result = body.call();
            session.commit(null);
            return result;
        } catch (Throwable failure) {
            session.closeIfOpen();
            BackgroundTask task = BackgroundTask.current();
            if (task == null || !(task.isCancelled() && Failures.isInterruption(failure))) {
                Failures.report(token, blockName(type), failure, null);
                if (task != null) task.blockFailed(failure);
            }
            throw failure;
        }
    }

    private static String blockName(StateType type) {
        BackgroundTask task = BackgroundTask.current();
        return task != null ? task.handler() : "lock block of " + type.name();
    }
}
