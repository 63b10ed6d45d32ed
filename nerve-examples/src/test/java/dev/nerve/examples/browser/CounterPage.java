package dev.nerve.examples.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/** The seed example's page, as a user sees it. */
final class CounterPage {
    private final Browser browser;

    CounterPage(Browser browser) {
        this.browser = browser;
    }

    /** The number in the heading "N /". */
    int counter() {
        String heading = browser.text(By.tagName("h2"));
        return Integer.parseInt(heading.substring(0, heading.indexOf(' ')).trim());
    }

    void toggle() {
        startStop().click();
    }

    WebElement startStop() {
        return browser.find(By.xpath("//div[contains(@class,'nerve-hstack')]/button[1]"));
    }

    void reset() {
        browser.find(By.xpath("//button[text()='Reset']")).click();
    }

    /** Types a new maximum and commits it with Enter. */
    void setMaximum(int maximum) {
        WebElement input = browser.find(By.cssSelector("input[type=number]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(maximum), Keys.ENTER);
    }

    String maximumShown() {
        return browser.find(By.cssSelector("input[type=number]")).getDomProperty("value");
    }

    void awaitCounter(java.util.function.IntPredicate condition) {
        browser.waitUntil(d -> condition.test(counter()));
    }

    void awaitButton(String label) {
        browser.waitUntil(d -> startStop().getText().equals(label));
    }

    /** The counter's rise over {@code period}. */
    int riseOver(Duration period) throws InterruptedException {
        int before = counter();
        Thread.sleep(period.toMillis());
        return counter() - before;
    }
}
