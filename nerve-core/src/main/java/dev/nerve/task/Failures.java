package dev.nerve.task;

import dev.nerve.event.BadEventException;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ComputedFailedException;
import dev.nerve.state.ImmutableStateException;
import dev.nerve.state.StateDefinitionException;
import dev.nerve.state.StateEncodingException;
import dev.nerve.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Reports a failed handler, lock block or task: logged once on the server, and sent to the browser
 * as an error message (R-EV-5, R-BG-7). A lock block's failure that then ends its task is reported
 * by the block only (see {@link TaskRun}).
 */
final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() { }

    static void report(TokenSession token, String where, Throwable failure, Long event) {
        if (failure instanceof BadEventException) log.warn("{} for token {}: {}", where, token.token(), failure.getMessage());
        else log.error("{} failed for token {}", where, token.token(), failure);
        token.send(new ServerMessage.Error(describe(where, failure, token.sessions().errorDetails()), event));
    }

    static boolean isInterruption(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) return true;
        }
        return false;
    }

    /** The browser's text: Nerve's own failures say what went wrong; application exceptions only if details are on. */
    static String describe(String where, Throwable failure, boolean details) {
        if (failure instanceof BadEventException) return failure.getMessage();
        if (isFrameworkFailure(failure) || details) return where + " failed: " + summary(failure);
        return where + " failed; the server log has the details";
    }

    private static boolean isFrameworkFailure(Throwable failure) {
        return failure instanceof ImmutableStateException || failure instanceof StateEncodingException
                || failure instanceof StateDefinitionException
                || failure instanceof ComputedFailedException || failure instanceof StoreException;
    }

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
