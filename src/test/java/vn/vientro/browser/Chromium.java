package vn.vientro.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (never Selenium Manager), with the checks every
 * page must pass: no browser console error, no serious or critical accessibility violation (axe-core).
 */
final class Chromium implements AutoCloseable {

    private static final String AXE_SOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /**
     * The same file as the application under test serves it (the test classpath is its classpath): the browser loads
     * it once, then takes it from its cache with the code already compiled, where sending the half megabyte through
     * the driver into every page cost about as much as the check itself.
     */
    private static final String AXE_PATH = "/webjars/axe-core/4.6.3/axe.min.js";
    private static final String NOT_LOADED = "axe-not-loaded";
    /**
     * Runs axe on the page once its finite animations and transitions have ended (at most two seconds): a button
     * caught halfway through Bootstrap's colour transition has the contrast of neither colour. Loads axe first from
     * the path given unless it is empty (then it must be there already). Answers {@link #NOT_LOADED} without trying
     * while the browser is offline (a test's emulation), or when the load failed.
     */
    private static final String AXE_RUN = """
            const path = arguments[0];
            const done = arguments[arguments.length - 1];
            const settled = () => Promise.race([
               Promise.all(document.getAnimations()
                  .filter(a => !a.effect || a.effect.getComputedTiming().iterations !== Infinity)
                  .map(a => a.finished.catch(() => null))),
               new Promise(resolve => setTimeout(resolve, 2000))]);
            const run = () => settled().then(() => axe.run(document, {resultTypes: ['violations']}))
               .then(r => done(JSON.stringify(r.violations)))
               .catch(e => done('[{"id":"axe-error","impact":"critical","help":"' + e + '","nodes":[]}]'));
            if (path === '' || window.axe) {
                run();
            } else if (!navigator.onLine) {
                done('%1$s');
            } else {
                const script = document.createElement('script');
                script.src = path;
                script.onload = () => { script.remove(); run(); };
                script.onerror = () => { script.remove(); done('%1$s'); };
                document.head.appendChild(script);
            }
            """.formatted(NOT_LOADED);
    private static volatile String axe;

    /** Console errors read while checking a page, for the next {@link #consoleErrors()}. */
    private final List<String> heldErrors = new ArrayList<>();

    final ChromeDriver driver;
    final String baseUrl;
    /** Whether {@link #close()} quits the browser: not when {@link SharedChromium} lent it to a test class. */
    private final boolean owned;

    /** A browser of the test class's own; prefer {@link BrowserTest}, which lends the JVM's shared one. */
    Chromium(int port) throws IOException {
        this(port, "vi");
    }

    /** @param language the browser's own language, as an official's computer is set up */
    Chromium(int port, String language) throws IOException {
        this(launch(language), "http://localhost:" + port, true);
    }

    Chromium(ChromeDriver driver, String baseUrl, boolean owned) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.owned = owned;
    }

    /** Starts Debian's Chromium headless, its window 1366×900, in this language. */
    static ChromeDriver launch(String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1366,900", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("vientro-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Console errors since the last call (the log is drained when read). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>(heldErrors);
        heldErrors.clear();
        errors.addAll(consoleErrorsBut(null));
        return errors;
    }

    /** The console's errors, drained, but those naming this (null: none left out). */
    private List<String> consoleErrorsBut(String leftOut) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && (leftOut == null || !entry.getMessage().contains(leftOut))) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Serious and critical axe-core violations of the current page, as "rule: target" lines. */
    List<String> seriousAccessibilityViolations() throws IOException {
        Object result = driver.executeAsyncScript(AXE_RUN, AXE_PATH);
        if (NOT_LOADED.equals(result)) { // offline, or a page the application does not serve (another origin)
            heldErrors.addAll(consoleErrorsBut(AXE_PATH)); // the failed load's own error is not the page's
            driver.executeScript(axeSource());
            result = driver.executeAsyncScript(AXE_RUN, "");
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JsonMapper.builder().build().readTree(String.valueOf(result))) {
            String impact = violation.path("impact").asString();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " at " + targets);
            }
        }
        return serious;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Clicks by script, so that an element under a sticky header or an open menu is still the one clicked. */
    void click(String css) {
        driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector(css)));
    }

    /**
     * Clicks what leads to another page (a link, a form's button) like a user who scrolled it into view first (at
     * once: Bootstrap makes scrolling smooth), and waits until the answer replaced this page: the driver may return
     * from the click before the browser even sent the form, and what is read next must never be the old page's.
     */
    void clickThrough(By element) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(element);
        await(gone(page));
    }

    /**
     * Like {@link ExpectedConditions#stalenessOf}, but also when ChromeDriver, asked in the middle of the switch,
     * answers that the node "does not belong to the document" (an unknown error, not a stale reference).
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        ExpectedCondition<Boolean> stale = ExpectedConditions.stalenessOf(element);
        return driver -> {
            try {
                return stale.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Clicks what stays on this page (a check box, a script's button) like a user who scrolled it into view first;
     * what it changes is for the caller to wait for. An element htmx swapped between finding and clicking it (a list
     * answering a filter typed one letter at a time) is found again, as a user's click lands on what is shown.
     */
    void press(By element) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement target = driver.findElement(element);
                driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
                target.click();
                return;
            } catch (StaleElementReferenceException swapped) {
                if (attempt == 3) {
                    throw swapped;
                }
            }
        }
    }

    /** The text of the page's main region, as a reader sees it. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    /** What is wrong with the current page (console errors, serious accessibility violations), each labelled. */
    List<String> problems(String where) throws IOException {
        List<String> problems = new ArrayList<>();
        seriousAccessibilityViolations().forEach(v -> problems.add(where + " — " + v));
        consoleErrors().forEach(e -> problems.add(where + " — console: " + e));
        return problems;
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Read once per JVM (half a megabyte, injected into every page checked). */
    private static String axeSource() throws IOException {
        String source = axe;
        if (source == null) {
            try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(AXE_SOURCE)) {
                if (in == null) {
                    throw new IOException("axe-core not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            axe = source;
        }
        return source;
    }

    /** Quits a browser of the class's own; a shared one goes back to {@link SharedChromium}, which cleans it. */
    @Override
    public void close() {
        if (owned) {
            driver.quit();
        }
    }
}
