package dev.nerve.engine;

/** Tells whether text is longer than a limit in UTF-8 bytes, without encoding it. */
final class Utf8 {
    private Utf8() { }

    static boolean exceeds(String text, int limit) {
        if (text.length() > limit) return true;
        if ((long) text.length() * 3 <= limit) return false;
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes > limit;
    }
}
