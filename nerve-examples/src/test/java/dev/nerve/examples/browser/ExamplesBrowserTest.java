package dev.nerve.examples.browser;

import dev.nerve.examples.ExamplesApp;
import dev.nerve.server.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One examples app and one Chromium for a test class; each test gets a fresh browser tab. */
abstract class ExamplesBrowserTest {
    static App app;
    static Browser browser;

    @BeforeAll
    static void startAppAndBrowser() {
        app = ExamplesApp.create(config -> config.port(0)).start();
        browser = Browser.start();
    }

    @AfterAll
    static void stopAppAndBrowser() {
        if (browser != null) browser.close();
        if (app != null) app.stop();
    }

    @BeforeEach
    void freshTab() {
        browser.newTab();
    }

    @AfterEach
    void closeOtherTabs() {
        String keep = null;
        for (String handle : browser.driver().getWindowHandles()) {
            if (keep == null) {
                keep = handle;
                continue;
            }
            browser.switchTo(handle);
            browser.driver().close();
        }
        browser.switchTo(keep);
    }

    static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }
}
