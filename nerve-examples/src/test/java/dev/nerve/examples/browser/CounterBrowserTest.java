package dev.nerve.examples.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed example in real Chromium: it behaves like the reference page's example. */
@Timeout(60)
class CounterBrowserTest extends ExamplesBrowserTest {

    @Test
    void startCountsAboutTwiceASecondStopHaltsItAndItStopsAtTheMaximum() throws InterruptedException {
        browser.open(url("/"));
        CounterPage page = new CounterPage(browser);
        assertThat(page.counter()).isZero();
        assertThat(page.maximumShown()).isEqualTo("10");

        page.toggle();
        page.awaitButton("Stop");
        page.awaitCounter(c -> c >= 1);
        assertThat(page.riseOver(Duration.ofMillis(2000))).isBetween(3, 5);

        page.toggle();
        page.awaitButton("Start");
        int stopped = page.counter();
        assertThat(page.riseOver(Duration.ofMillis(1200))).isZero();

        page.setMaximum(stopped + 2);
        browser.awaitSettled();
        page.toggle();
        page.awaitButton("Start");
        assertThat(page.counter()).isEqualTo(stopped + 2);
        assertThat(page.riseOver(Duration.ofMillis(1000))).isZero();
    }

    @Test
    void resetShowsZeroAtOnceWhileCountingGoesOnAndANewMaximumIsRespected() {
        browser.open(url("/"));
        CounterPage page = new CounterPage(browser);
        page.toggle();
        page.awaitCounter(c -> c >= 3);

        long clicked = System.nanoTime();
        page.reset();
        page.awaitCounter(c -> c <= 1);
        assertThat(Duration.ofNanos(System.nanoTime() - clicked)).isLessThan(Duration.ofMillis(500));
        page.awaitCounter(c -> c >= 2);
        assertThat(page.startStop().getText()).isEqualTo("Stop");

        page.setMaximum(4);
        page.awaitButton("Start");
        assertThat(page.counter()).isEqualTo(4);
        assertThat(page.maximumShown()).isEqualTo("4");
    }

    @Test
    void clickingStartStopStartQuicklyNeverCountsFasterThanOneStepPerHalfSecond() throws InterruptedException {
        browser.open(url("/"));
        CounterPage page = new CounterPage(browser);
        for (int i = 0; i < 3; i++) page.toggle();
        page.awaitButton("Stop");
        page.awaitCounter(c -> c >= 1);

        assertThat(page.riseOver(Duration.ofMillis(2500))).isBetween(4, 6);
        page.toggle();
        page.awaitButton("Start");
    }

    @Test
    void reloadingMidRunKeepsTheCountAndUpdatesKeepComing() {
        browser.open(url("/"));
        CounterPage page = new CounterPage(browser);
        String token = browser.token();
        page.toggle();
        page.awaitCounter(c -> c >= 3);

        browser.driver().navigate().refresh();
        browser.awaitLive();
        assertThat(browser.token()).isEqualTo(token);
        assertThat(page.counter()).isGreaterThanOrEqualTo(3);
        int afterReload = page.counter();
        page.awaitCounter(c -> c >= afterReload + 2);
        assertThat(page.startStop().getText()).isEqualTo("Stop");
        page.toggle();
        page.awaitButton("Start");
    }

    @Test
    void twoTabsHaveIndependentCountersAndADuplicatedTokenGetsItsOwn() {
        browser.open(url("/"));
        CounterPage first = new CounterPage(browser);
        String firstTab = browser.windowHandle();
        String firstToken = browser.token();
        first.setMaximum(3);
        first.toggle();
        first.awaitCounter(c -> c >= 1);

        browser.newTab().open(url("/"));
        CounterPage second = new CounterPage(browser);
        String secondTab = browser.windowHandle();
        assertThat(browser.token()).isNotEqualTo(firstToken);
        assertThat(second.counter()).isZero();
        assertThat(second.maximumShown()).isEqualTo("10");

        browser.newTab().open(url("/"));
        browser.script("sessionStorage.setItem('nerve.token', arguments[0]);", firstToken);
        browser.driver().navigate().refresh();
        browser.awaitLive();
        browser.waitUntil(d -> !firstToken.equals(browser.token()));
        CounterPage duplicate = new CounterPage(browser);
        assertThat(duplicate.maximumShown()).isEqualTo("10");
        assertThat(duplicate.startStop().getText()).isEqualTo("Start");

        browser.switchTo(firstTab);
        first.awaitButton("Start");
        assertThat(first.counter()).isEqualTo(3);
        assertThat(browser.find(By.cssSelector(".nerve-connection")).isDisplayed()).isFalse();
        browser.switchTo(secondTab);
        assertThat(second.counter()).as("the other tab's counter, after the first one finished").isZero();
        assertThat(second.startStop().getText()).isEqualTo("Start");
    }

    @Test
    void aBadMaximumShowsAToastAndChangesNothing() {
        browser.open(url("/"));
        browser.find(By.cssSelector("input[type=number]")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE, org.openqa.selenium.Keys.ENTER);

        String toast = browser.waitUntil(d -> d.findElements(By.cssSelector(".nerve-toast-error")).stream().findFirst().map(e -> e.getText()).orElse(null));
        assertThat(toast).contains("TaskState.setMaxCounter failed");
        CounterPage page = new CounterPage(browser);
        browser.waitUntil(d -> page.maximumShown().equals("10")); // the stored value, without a reload
        browser.driver().navigate().refresh();
        browser.awaitLive();
        assertThat(new CounterPage(browser).maximumShown()).isEqualTo("10");
    }
}
