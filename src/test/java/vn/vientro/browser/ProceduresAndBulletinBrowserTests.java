package vn.vientro.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Plans;
import vn.vientro.mobilisation.bulletin.Bulletin;
import vn.vientro.mobilisation.bulletin.BulletinInput;
import vn.vientro.mobilisation.bulletin.BulletinSource;
import vn.vientro.mobilisation.plan.ActivityStatus;
import vn.vientro.mobilisation.plan.ActivityType;
import vn.vientro.portal.procedures.ProcedureKind;
import vn.vientro.portal.procedures.ProcedureText;
import vn.vientro.portal.procedures.Procedures;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reads the procedures, the foreign-affairs bulletin and the open data, and the focal point the pages that
 * write them: each without a console error or a serious accessibility violation.
 */
@VientroIntegrationTest
@BrowserTest
class ProceduresAndBulletinBrowserTests {

    @LocalServerPort
    int port;

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void startBrowser(Chromium browser) throws Exception {
        this.browser = browser;
    }

    @Test
    void theProceduresTheBulletinAndTheirEditingPagesAreClean() throws Exception {
        int n = Unique.number();
        Staff focal = Staff.focalPoint();
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        long activity = plan.activity("Hội nghị xúc tiến " + n, ActivityType.CONFERENCE, ActivityStatus.DONE,
                List.of(Today.inProvince().getMonthValue()), ProvinceAgencies.committeeOffice().id(), null, null);
        focal.acting(() -> {
            ApplicationUnderTest.bean(Procedures.class).write(ProcedureKind.AID_NON_PROJECT,
                    ApplicationUnderTest.bean(Procedures.class).draft(ProcedureKind.AID_NON_PROJECT).version(),
                    new ProcedureText(null, "<h2>Cách nộp</h2><p>Nộp tại bộ phận một cửa.</p>", null));
            return ApplicationUnderTest.bean(Bulletin.class).write(BulletinSource.ACTIVITY, activity, null,
                    new BulletinInput(null, "Hội nghị xúc tiến " + n, "Promotion conference " + n,
                            "Tỉnh tổ chức hội nghị.", "The province held a conference.", Today.inProvince(), true));
        });
        Events.settle();

        browser.open("/thu-tuc");
        problems.addAll(browser.problems("procedures (vi)"));
        browser.clickThrough(org.openqa.selenium.By.cssSelector("#procedure-list a[href='/thu-tuc/tiep-nhan-vien-tro-phi-du-an']"));
        assertThat(browser.mainText()).contains("Nộp tại bộ phận một cửa.");
        problems.addAll(browser.problems("a procedure (vi)"));
        browser.open("/en/procedures/duties-of-foreign-ngos");
        problems.addAll(browser.problems("NGO duties (en)"));
        browser.open("/ban-tin");
        problems.addAll(browser.problems("bulletin (vi)"));
        browser.open("/en/bulletin");
        browser.clickThrough(org.openqa.selenium.By.linkText("Promotion conference " + n));
        assertThat(browser.mainText()).contains("The province held a conference.");
        problems.addAll(browser.problems("bulletin entry (en)"));
        browser.open("/du-lieu-mo");
        problems.addAll(browser.problems("open data (vi)"));

        new ShellPage(browser).signIn(focal.username(), Staff.PASSWORD);
        browser.open("/app/portal/procedures/receiving-non-project-aid");
        problems.addAll(browser.problems("procedure editing"));
        browser.open("/app/mobilisation/bulletin");
        problems.addAll(browser.problems("bulletin list (staff)"));
        browser.open("/app/mobilisation/bulletin/activities/" + activity);
        problems.addAll(browser.problems("bulletin entry editing"));
        assertThat(problems).isEmpty();
    }
}
