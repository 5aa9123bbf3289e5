package vn.vientro.browser;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over its form's limit is refused at its field, in the page's language, before anything is sent; a page that
 * takes larger files (an IATI activity file) takes the same file.
 */
@VientroIntegrationTest
@BrowserTest
class UploadLimitBrowserTests {

    private static final String ORGANISATIONS = "/app/registry/organisations/import";
    private static final String IATI = "/app/interchange/imports";

    private Chromium browser;
    private Path large;

    @BeforeAll
    void start(Chromium browser) throws Exception {
        this.browser = browser;
        new ShellPage(browser).signIn(Staff.focalPoint().username(), Staff.PASSWORD);
        large = Files.createTempFile("upload-limit", ".xml");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(26L * 1024 * 1024); // sparse: its size is all the check reads
        }
    }

    @AfterAll
    void deleteFile() throws Exception {
        Files.deleteIfExists(large);
    }

    @Test
    void aFileOverItsFormsLimitIsRefusedAtItsFieldBeforeItIsSent() throws Exception {
        browser.open(ORGANISATIONS);
        WebElement field = browser.driver.findElement(By.id("file"));
        field.sendKeys(large.toString());

        assertThat(validationMessage(field)).isEqualTo(
                "Tệp đã chọn lớn hơn 25 MB, mức tối đa trang này nhận: hãy chọn tệp nhỏ hơn hoặc chia tệp ra.");
        browser.driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith(ORGANISATIONS);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).doesNotContain("quá lớn");

        browser.open(IATI);
        WebElement iati = browser.driver.findElement(By.id("file"));
        iati.sendKeys(large.toString());
        assertThat(validationMessage(iati)).isEmpty();
        assertThat(browser.problems("the IATI import with a file chosen")).isEmpty();
    }

    private String validationMessage(WebElement field) {
        return String.valueOf(browser.driver.executeScript("return arguments[0].validationMessage;", field));
    }
}
