package vn.vientro.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The extension behind {@link BrowserTest}: one Chromium per language for the whole test JVM (starting one took
 * about as long as a short browser test), lent to one test class at a time and quit when the test run ends. Each class
 * gets it as it would a browser of its own: a new window (no emulation an earlier class left on its tab) of the usual
 * 1366×900, no cookie, no storage or service worker of the application's origins, an empty cache and console log.
 */
final class SharedChromium implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);
    private static final String LENT = "lent";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    /** The class's browser: the same one for its {@code @BeforeAll} method and its tests. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).computeIfAbsent(LENT, key -> lend(classContext), Chromium.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Chromium lent = context.getStore(NAMESPACE).remove(LENT, Chromium.class);
        if (lent != null) {
            browsers(context).giveBack(lent.driver);
        }
    }

    private static Chromium lend(ExtensionContext classContext) {
        String language = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), BrowserTest.class)
                .map(BrowserTest::language).orElse("vi");
        String port = SpringExtension.getApplicationContext(classContext).getEnvironment()
                .getRequiredProperty("local.server.port");
        String baseUrl = "http://localhost:" + port;
        return new Chromium(browsers(classContext).lend(language, baseUrl), baseUrl, false);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static Browsers browsers(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browsers.class, key -> new Browsers(),
                Browsers.class);
    }

    /** The running browsers, by language, and the origins they visited; closed (quit) with the root context. */
    static final class Browsers implements AutoCloseable {

        private final Map<String, ChromeDriver> byLanguage = new LinkedHashMap<>();
        private final Set<String> origins = new LinkedHashSet<>();
        /** The window's size at launch ({@code --window-size}), which a new window gets too. */
        private Dimension launchSize;

        synchronized ChromeDriver lend(String language, String baseUrl) {
            origins.add(baseUrl);
            ChromeDriver driver = byLanguage.get(language);
            if (driver != null) {
                try {
                    freshWindow(driver, launchSize);
                } catch (WebDriverException crashed) { // an earlier class left it broken: never pass that on
                    quietlyQuit(driver);
                    driver = null;
                }
            }
            if (driver == null) {
                try {
                    driver = Chromium.launch(language);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                byLanguage.put(language, driver);
                if (launchSize == null) {
                    launchSize = driver.manage().window().getSize();
                }
            }
            driver.manage().logs().get(LogType.BROWSER); // drained: what came before is not this class's
            return driver;
        }

        /** Leaves nothing of the class behind: its pages closed, its cookies, storage and cache gone. */
        synchronized void giveBack(ChromeDriver driver) {
            try {
                clean(driver);
            } catch (WebDriverException broken) { // a crashed tab or browser: the next class gets a new one
                byLanguage.values().remove(driver);
                quietlyQuit(driver);
            }
        }

        private void clean(ChromeDriver driver) {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.manage().logs().get(LogType.BROWSER);
        }

        private static void freshWindow(ChromeDriver driver, Dimension size) {
            Set<String> old = driver.getWindowHandles();
            driver.switchTo().newWindow(WindowType.WINDOW);
            String fresh = driver.getWindowHandle();
            for (String handle : old) {
                driver.switchTo().window(handle).close();
            }
            driver.switchTo().window(fresh);
            driver.manage().window().setSize(size);
        }

        private static void quietlyQuit(ChromeDriver driver) {
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to stop
            }
        }

        @Override
        public synchronized void close() {
            byLanguage.values().forEach(Browsers::quietlyQuit);
            byLanguage.clear();
        }
    }
}
