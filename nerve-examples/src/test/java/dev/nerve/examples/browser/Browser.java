package dev.nerve.examples.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) for browser tests.
 * Missing browsers fail the test with a clear message; they are never skipped.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("nerve.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("nerve.chromedriver", "/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        for (String path : new String[] {CHROMIUM, DRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
            }
        }
        try {
            Path profile = Files.createTempDirectory("nerve-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a new browser tab (its own sessionStorage, so its own token) and switches to it. */
    public Browser newTab() {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        return this;
    }

    /** Closes the current tab and switches to another open one, if any. */
    public void closeTab() {
        driver.close();
        var handles = driver.getWindowHandles();
        if (!handles.isEmpty()) driver.switchTo().window(handles.iterator().next());
    }

    public String windowHandle() {
        return driver.getWindowHandle();
    }

    public void switchTo(String handle) {
        driver.switchTo().window(handle);
    }

    /** The token this tab holds. */
    public String token() {
        return (String) script("return sessionStorage.getItem('nerve.token');");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits until the page is connected and hydrated. */
    public Browser open(String url) {
        driver.get(url);
        awaitLive();
        return this;
    }

    public void awaitLive() {
        waitUntil(d -> "live".equals(d.findElement(By.id("nerve-root")).getAttribute("data-state")));
    }

    /** Waits until the server has finished every event this tab sent. */
    public void awaitSettled() {
        waitUntil(d -> "0".equals(d.findElement(By.id("nerve-root")).getAttribute("data-pending")));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until(condition::apply);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile.toFile());
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) for (File child : children) deleteQuietly(child);
        file.delete();
    }
}
