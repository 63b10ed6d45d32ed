package dev.nerve.engine;

/** Counts UTF-8 bytes without encoding, stopping once past a limit. */
final class Utf8 {
    private Utf8() { }

    /** The UTF-8 length of {@code text}, or some number above {@code limit} once it is known to exceed it. */
    static int length(String text, int limit) {
        if (text.length() > limit) return text.length();
        if ((long) text.length() * 3 <= limit) return text.length();
        int bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }
}
