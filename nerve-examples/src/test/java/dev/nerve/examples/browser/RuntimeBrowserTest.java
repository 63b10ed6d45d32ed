package dev.nerve.examples.browser;

import dev.nerve.server.App;
import dev.nerve.store.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser runtime's features, in real Chromium, on a playground page. */
@Timeout(60)
class RuntimeBrowserTest {
    static MemoryStore store;
    static App app;
    static Browser browser;
    static int port;

    @BeforeAll
    static void start() {
        store = new MemoryStore();
        app = playground(0);
        port = app.port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.stop();
    }

    @BeforeEach
    void freshTab() {
        browser.newTab().open("http://localhost:" + port + "/");
    }

    static App playground(int port) {
        return App.create(c -> c.port(port).engine(e -> e.store(store).errorDetails(true))).page("/", Playground.class, Playground::view).start();
    }

    @Test
    void textIsNeverInterpretedAsHtml() {
        WebElement markup = browser.find(By.id("markup"));
        assertThat(markup.getText()).isEqualTo("<b>not bold</b><img src=x onerror=alert(1)>");
        assertThat(markup.findElements(By.tagName("b"))).isEmpty();
        assertThat(markup.findElements(By.tagName("img"))).isEmpty();
    }

    @Test
    void unsafeUrlsAreRefusedAndSafeOnesKept() {
        assertThat(browser.find(By.id("bad-link")).getAttribute("href")).isNull();
        assertThat(browser.find(By.id("good-link")).getAttribute("href")).endsWith("/x?y=1");
    }

    @Test
    void aKeyedListMovesItsElementsInsteadOfRebuildingThem() {
        List<WebElement> before = browser.driver().findElements(By.cssSelector("#items li"));
        browser.script("arguments[0].dataset.marked = 'yes';", before.get(0));
        browser.find(By.id("reverse")).click();
        browser.waitUntil(d -> itemNames().equals(List.of("three", "two", "one")));

        List<WebElement> after = browser.driver().findElements(By.cssSelector("#items li"));
        assertThat(after.get(2).getAttribute("data-marked")).isEqualTo("yes");
        after.get(0).click();
        browser.waitUntil(d -> itemNames().equals(List.of("three!", "two", "one")));
        assertThat(browser.driver().findElements(By.cssSelector("#items li")).get(2).getAttribute("data-marked")).isEqualTo("yes");
    }

    @Test
    void aConditionalAddsAndRemovesItsContent() {
        assertThat(browser.driver().findElements(By.id("shown"))).hasSize(1);
        browser.find(By.id("toggle")).click();
        browser.waitUntil(d -> d.findElements(By.id("shown")).isEmpty());
        browser.find(By.id("toggle")).click();
        browser.waitUntil(d -> d.findElements(By.id("shown")).size() == 1);
    }

    @Test
    void debouncedTypingSendsOneEventWhenTheUserPauses() {
        browser.find(By.id("search")).sendKeys("nerve");
        browser.waitUntil(d -> browser.text(By.id("queries")).equals("1"));
        browser.awaitSettled();
        assertThat(browser.text(By.id("queries"))).isEqualTo("1");
        assertThat(browser.find(By.id("search")).getDomProperty("value")).isEqualTo("nerve");
    }

    @Test
    void aFormSubmitsItsNamedFieldsWithoutReloadingThePage() {
        browser.script("window.notReloaded = true;");
        browser.find(By.cssSelector("#form input[name=first]")).sendKeys("Ada");
        browser.find(By.cssSelector("#form input[name=last]")).sendKeys("Lovelace");
        browser.find(By.cssSelector("#form input[name=subscribe]")).click();
        browser.find(By.id("send")).click();

        browser.waitUntil(d -> browser.text(By.id("submitted")).equals("Ada Lovelace true"));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
    }

    @Test
    void keyPressesReachHandlersWithTheirNamesAndAFilteredKeyOnlyItself() {
        browser.find(By.id("keys-input")).sendKeys("a", Keys.ENTER);
        browser.waitUntil(d -> browser.text(By.id("keys")).equals("a;Enter;ENTER;"));
    }

    @Test
    void aCheckboxSendsABooleanAndASelectItsValue() {
        browser.find(By.id("agree")).click();
        browser.waitUntil(d -> browser.text(By.id("agreed")).equals("agreed"));
        assertThat(browser.find(By.id("color")).getDomProperty("value")).isEqualTo("green");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("color"))).selectByValue("blue");
        browser.waitUntil(d -> browser.text(By.id("color-shown")).equals("blue"));
    }

    @Test
    void anElementWhoseEventTheServerRefusedShowsTheStoredValueAgain() {
        browser.find(By.id("refused")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".nerve-toast-error")).isEmpty());
        browser.waitUntil(d -> !browser.find(By.id("refused")).isSelected());

        WebElement name = browser.find(By.id("short-name"));
        name.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "far too long", org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> "abc".equals(name.getDomProperty("value")));
        assertThat(browser.driver().switchTo().activeElement()).as("no blur needed").isEqualTo(name);

        name.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "fine", org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> "fine".equals(name.getDomProperty("value")));
    }

    @Test
    void whileTheServerIsDownTheTabShowsItReconnectsWithItsTokenAndSendsWhatWasClicked() {
        browser.find(By.id("click")).click();
        browser.waitUntil(d -> browser.text(By.id("clicks")).equals("1"));
        String token = browser.token();

        app.stop();
        browser.waitUntil(d -> browser.find(By.cssSelector(".nerve-connection")).isDisplayed());
        assertThat(browser.find(By.id("nerve-root")).getAttribute("data-state")).isEqualTo("reconnecting");
        browser.find(By.id("click")).click();
        browser.find(By.id("click")).click();
        assertThat(browser.find(By.id("nerve-root")).getAttribute("data-pending")).isEqualTo("2");

        app = playground(port);
        browser.awaitLive();
        browser.waitUntil(d -> browser.text(By.id("clicks")).equals("3"));
        assertThat(browser.token()).isEqualTo(token);
        browser.waitUntil(d -> !browser.find(By.cssSelector(".nerve-connection")).isDisplayed());
    }

    private List<String> itemNames() {
        return browser.driver().findElements(By.cssSelector("#items li")).stream().map(WebElement::getText).toList();
    }
}
