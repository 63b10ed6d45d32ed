package dev.nerve.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Tab tokens: 128 random bits, URL-safe. A token a client presents is used only if it has this shape. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private Tokens() { }

    /** A new token: 128 bits from {@link SecureRandom}, as 22 URL-safe Base64 characters. Thread-safe. */
    public static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True if {@code token} could have been issued by {@link #fresh()} (or is a test's readable token of that shape). */
    public static boolean isWellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
