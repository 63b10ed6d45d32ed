package dev.nerve.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @Test
    void agreesWithTheEncoderAtEveryLimitAroundTheLength() {
        for (String text : new String[] {"", "abc", "é", "€uro", "😀 and more", "x".repeat(100), "€".repeat(100)}) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            for (int limit = Math.max(0, bytes - 3); limit <= bytes + 3; limit++) {
                assertThat(Utf8.exceeds(text, limit)).as("%s at %d", text, limit).isEqualTo(bytes > limit);
            }
        }
    }
}
