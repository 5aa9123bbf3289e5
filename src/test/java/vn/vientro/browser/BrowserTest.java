package vn.vientro.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: beside {@code @VientroIntegrationTest} (or {@code @DemoIntegrationTest}), it lends the class the
 * JVM's one headless Chromium ({@link SharedChromium}) pointed at the application under test. Ask for it as a
 * parameter, usually of the {@code @BeforeAll} method, and do not close it:
 *
 * <pre>{@code
 * @VientroIntegrationTest
 * @BrowserTest                      // @BrowserTest(language = "en") for a browser set up in English
 * class SomethingBrowserTests {
 *
 *     private Chromium browser;
 *
 *     @BeforeAll
 *     void start(Chromium browser) {
 *         this.browser = browser;
 *         new ShellPage(browser).signIn(Staff.officer().username(), Staff.PASSWORD);
 *     }
 *
 *     @Test
 *     void ...() {
 *         browser.open("/app/...");
 *         browser.clickThrough(By.cssSelector("form button[type=submit]"));
 *         assertThat(browser.problems("the page")).isEmpty();
 *     }
 * }
 * }</pre>
 *
 * The class gets a fresh window with no cookies, storage, service worker or cache of an earlier class; its tests
 * share one instance ({@link TestInstance.Lifecycle#PER_CLASS}), as they share the browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedChromium.class)
@interface BrowserTest {

    /** The browser's own language ({@code --lang}), as an official's computer is set up: "vi", "en", "en-US". */
    String language() default "vi";
}
