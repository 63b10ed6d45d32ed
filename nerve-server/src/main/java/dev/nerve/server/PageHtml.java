package dev.nerve.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/**
 * The HTML a page route answers with: the stylesheet, the page's description as inert JSON, and the
 * runtime's entry module. The content security policy allows scripts from this origin only and no
 * {@code eval}, so bindings can only ever travel as data.
 */
final class PageHtml {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private PageHtml() { }

    static void headers(Response response) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("Content-Security-Policy", POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "same-origin");
    }

    static String render(Page page) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/_nerve/nerve.css">
                <script type="application/json" id="nerve-page" data-route="%s">%s</script>
                <script type="module" src="/_nerve/main.js"></script>
                </head>
                <body>
                <div id="nerve-root" data-state="connecting" aria-busy="true"></div>
                <noscript>This page needs JavaScript.</noscript>
                </body>
                </html>
                """.formatted(escapeHtml(page.title()), escapeHtml(page.route()), inertJson(page.compiled().description()));
    }

    /** JSON inside a script element: {@code <} is escaped so no text in it can end the element. */
    static String inertJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
