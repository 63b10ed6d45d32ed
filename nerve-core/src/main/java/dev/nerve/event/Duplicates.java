package dev.nerve.event;

/**
 * What happens when a background handler is triggered while an instance of it already runs for the
 * same token. The framework allows duplicates unless the handler asks otherwise (R-BG-8).
 */
public enum Duplicates {
    /** Start another instance beside the running one. */
    ALLOW,
    /** Keep the running instance and ignore the new trigger. */
    SKIP,
    /** Cancel the running instance and start the new one. */
    RESTART
}
