package dev.nerve.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Map;

/** The first HTTP render: a page route answers with the page's shell, {@code /_nerve/...} with the browser runtime. */
final class HttpRoutes extends Handler.Abstract {
    private final Map<String, Page> pages;
    private final Assets assets = new Assets();
    private final AppConfig config;

    HttpRoutes(Map<String, Page> pages, AppConfig config) {
        this.pages = pages;
        this.config = config;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            Response.writeError(request, response, callback, 405, "only GET is served here");
            return true;
        }
        String path = Request.getPathInContext(request);
        if (path.startsWith(WebServer.RESERVED + "/")) return asset(path.substring(WebServer.RESERVED.length() + 1), response, callback);
        Page page = pages.get(path);
        if (page == null) {
            Response.writeError(request, response, callback, 404, "no page at " + path);
            return true;
        }
        PageHtml.headers(response);
        Content.Sink.write(response, true, PageHtml.render(page), callback);
        return true;
    }

    private boolean asset(String name, Response response, Callback callback) {
        Assets.Asset asset = assets.get(name);
        if (asset == null) {
            response.setStatus(404);
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(asset.bytes()), callback);
        return true;
    }
}
