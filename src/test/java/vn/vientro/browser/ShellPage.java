package vn.vientro.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff layout: sign-in form, menu, language switch, header. */
final class ShellPage {

    private final Chromium browser;

    ShellPage(Chromium browser) {
        this.browser = browser;
    }

    void signIn(String username, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        await(ExpectedConditions.not(ExpectedConditions.urlToBe(browser.baseUrl + "/login")));
    }

    void signOut() {
        browser.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        await(ExpectedConditions.urlContains("/login?logout"));
    }

    private void await(ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition);
    }

    List<String> menuLinks() {
        return browser.driver.findElements(By.cssSelector(".vt-sidebar a.vt-menu-link")).stream()
                .map(link -> link.getAttribute("href").replace(browser.baseUrl, ""))
                .toList();
    }

    String greeting() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    String language() {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    void switchLanguage(String code) {
        WebElement link = browser.driver.findElement(By.cssSelector(".vt-lang a[hreflang='" + code + "']"));
        link.click();
        await(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
    }
}
