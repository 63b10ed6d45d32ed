package dev.nerve.examples.browser;

import dev.nerve.examples.ExamplesApp;
import dev.nerve.server.App;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeBrowserTest {
    @Test
    void thePageGoesLive() {
        try (App app = ExamplesApp.create(c -> c.port(0)).start(); Browser browser = Browser.start()) {
            browser.open("http://localhost:" + app.port() + "/");
            assertThat(browser.text(By.tagName("h2"))).isEqualTo("0 /");
        }
    }
}
