package dev.nerve.testing;

import dev.nerve.protocol.ServerMessage;

import java.time.Duration;

/**
 * A message as a tab received it.
 *
 * @param at      how long after the tab opened it arrived
 * @param message the message, decoded from the JSON the browser would get
 */
public record Received(Duration at, ServerMessage message) { }
