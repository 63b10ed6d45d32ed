package dev.nerve.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which pages may open the WebSocket: same-origin ones, and configured extra origins. A browser
 * always sends {@code Origin} on a WebSocket upgrade, so a page of another site cannot use a user's
 * tab (cross-site WebSocket hijacking); clients that are not browsers send none and are let in.
 */
final class OriginPolicy {
    private final List<String> extra;

    OriginPolicy(List<String> extra) {
        this.extra = extra.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    boolean allows(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) return true;
        String normalized = origin.toLowerCase(Locale.ROOT);
        if (extra.contains(normalized)) return true;
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host != null && host.toLowerCase(Locale.ROOT).equals(authority(normalized));
    }

    private static String authority(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
