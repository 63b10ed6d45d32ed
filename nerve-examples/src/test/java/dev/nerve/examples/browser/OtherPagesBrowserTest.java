package dev.nerve.examples.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress and streaming pages in real Chromium. */
@Timeout(60)
class OtherPagesBrowserTest extends ExamplesBrowserTest {

    @Test
    void theProgressPagesCancelStopsTheJob() {
        browser.open(url("/progress"));
        browser.find(By.id("job-start")).click();
        browser.waitUntil(d -> percent() >= 20);

        browser.find(By.id("job-cancel")).click();
        browser.waitUntil(d -> browser.text(By.id("job-status")).startsWith("Cancelled at"));
        int stoppedAt = percent();
        assertThat(stoppedAt).isBetween(20, 95);
        assertThat(browser.text(By.id("job-status"))).isEqualTo("Cancelled at " + stoppedAt + "%");
        browser.waitUntil(d -> browser.find(By.id("job-start")).isEnabled());
        assertThat(browser.find(By.id("job-cancel")).isEnabled()).isFalse();
        assertThat(app.backgroundTasks().list()).isEmpty();
        assertThat(percent()).isEqualTo(stoppedAt);
    }

    @Test
    void theProgressJobRunsToTheEndWhenLeftAlone() {
        browser.open(url("/progress"));
        browser.find(By.id("job-start")).click();
        browser.waitUntil(d -> browser.text(By.id("job-status")).equals("Done"));
        assertThat(percent()).isEqualTo(100);
        assertThat(browser.find(By.id("job-progress")).getDomProperty("value")).isEqualTo("100");
    }

    @Test
    void theStreamingPageAnswersClicksWhileRowsArrive() {
        browser.open(url("/stream"));
        browser.find(By.id("stream-start")).click();
        browser.waitUntil(d -> rows() >= 3);

        for (int i = 1; i <= 5; i++) {
            int rowsBefore = rows();
            browser.find(By.id("stream-click")).click();
            int clicks = i;
            browser.waitUntil(d -> browser.text(By.id("stream-click")).equals("Clicks: " + clicks));
            assertThat(rowsBefore).isLessThan(40);
        }
        assertThat(rows()).isLessThan(40);
        browser.find(By.cssSelector("#stream-rows tbody tr:first-child button")).click();
        browser.waitUntil(d -> !browser.text(By.cssSelector("#stream-rows tbody tr:first-child td")).equals("1"));

        browser.waitUntil(d -> browser.find(By.id("stream-start")).isEnabled());
        assertThat(rows()).isEqualTo(39);
        assertThat(browser.text(By.id("stream-count"))).isEqualTo("39 rows");
    }

    private int percent() {
        String text = browser.text(By.id("job-percent"));
        return Integer.parseInt(text.replace("%", "").trim());
    }

    private int rows() {
        return browser.driver().findElements(By.cssSelector("#stream-rows tbody tr")).size();
    }
}
