package dev.nerve.task;

import dev.nerve.event.Duplicates;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running background tasks of an engine (R-BG-8): each starts on its own virtual thread at once
 * (R-BG-1) and leaves the registry when it ends, whichever way (R-BG-7). A handler marked
 * {@code duplicates = SKIP} or {@code RESTART} runs at most once per token.
 */
public final class BackgroundTasks {
    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);
    private final Map<Long, BackgroundTask> running = new ConcurrentHashMap<>();
    private final Map<String, Set<BackgroundTask>> byToken = new ConcurrentHashMap<>();
    private final Map<String, BackgroundTask> singles = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ThreadFactory threads;
    private final Clock clock;
    private final int maxPerToken;

    BackgroundTasks(ThreadFactory threads, Clock clock, int maxPerToken) {
        this.threads = threads;
        this.clock = clock;
        this.maxPerToken = maxPerToken;
    }

    /** A snapshot of the running tasks, oldest first. */
    public List<BackgroundTask> list() {
        return running.values().stream().sorted(Comparator.comparingLong(BackgroundTask::id)).toList();
    }

    /** How many tasks run now. */
    public int count() {
        return running.size();
    }

    /** The running tasks of one token, oldest first. */
    public List<BackgroundTask> of(String token) {
        Set<BackgroundTask> tasks = byToken.get(token);
        return tasks == null ? List.of() : tasks.stream().sorted(Comparator.comparingLong(BackgroundTask::id)).toList();
    }

    /** True if {@code token} runs any task. */
    public boolean isRunningFor(String token) {
        return byToken.containsKey(token);
    }

    /** The running task with {@code id}, or empty if there is none (it may have ended). */
    public Optional<BackgroundTask> find(long id) {
        return Optional.ofNullable(running.get(id));
    }

    /** Cancels the task with {@code id}; false if no such task runs. */
    public boolean cancel(long id) {
        BackgroundTask task = running.get(id);
        return task != null && task.cancel();
    }

    /** Cancels every running task (engine shutdown). */
    public void cancelAll() {
        running.values().forEach(BackgroundTask::cancel);
    }

    /**
     * Starts {@code handler} for {@code token}; returns null when a SKIP handler already runs.
     *
     * @throws TooManyTasksException if the token already runs its maximum number of tasks
     */
    BackgroundTask start(TokenSession token, StateType type, HandlerModel handler, Object[] args) {
        BackgroundTask task = new BackgroundTask(ids.incrementAndGet(), token.token(), type.model().type(), handler.qualifiedName(), clock.instant());
        if (!admit(task, handler.duplicates())) {
            log.debug("{} already runs for {}; not starting another", handler.qualifiedName(), token.token());
            return null;
        }
        register(task);
        task.start(threads.newThread(() -> TaskRun.run(token, type, handler, args, task)));
        return task;
    }

    private void register(BackgroundTask task) {
        try {
            byToken.compute(task.token(), (token, tasks) -> {
                Set<BackgroundTask> set = tasks != null ? tasks : ConcurrentHashMap.newKeySet();
                if (set.size() >= maxPerToken) {
                    throw new TooManyTasksException(task.handler() + " was not started: this tab already runs " + maxPerToken + " background tasks");
                }
                set.add(task);
                return set;
            });
        } catch (TooManyTasksException e) {
            singles.remove(singleKey(task), task);
            throw e;
        }
        running.put(task.id(), task);
    }

    void ended(BackgroundTask task) {
        running.remove(task.id());
        singles.remove(singleKey(task), task);
        byToken.computeIfPresent(task.token(), (token, tasks) -> {
            tasks.remove(task);
            return tasks.isEmpty() ? null : tasks;
        });
    }

    private boolean admit(BackgroundTask task, Duplicates duplicates) {
        return switch (duplicates) {
            case ALLOW -> true;
            case SKIP -> singles.putIfAbsent(singleKey(task), task) == null;
            case RESTART -> {
                BackgroundTask previous = singles.put(singleKey(task), task);
                if (previous != null) previous.cancel();
                yield true;
            }
        };
    }

    private static String singleKey(BackgroundTask task) {
        return task.token() + " " + task.handler();
    }
}
