package vn.vientro.mobilisation.plan;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Plans;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.mobilisation.plan.ActivityStatus.CANCELLED;
import static vn.vientro.mobilisation.plan.ActivityStatus.DONE;
import static vn.vientro.mobilisation.plan.ActivityStatus.IN_PROGRESS;
import static vn.vientro.mobilisation.plan.ActivityStatus.NOT_STARTED;
import static vn.vientro.mobilisation.plan.ActivityType.EMBASSY_VISIT;
import static vn.vientro.mobilisation.plan.ActivityType.NGO_VISIT;
import static vn.vientro.mobilisation.plan.ActivityType.STUDY_TOUR;

/** A plan's pages: the year view with lateness, the progress, the budget by type, the activity form's errors. */
@VientroIntegrationTest
class PlanPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theYearViewMarksPlannedMonthsInTheActivitysStateAndCountsLateOnes() {
        int lastYear = Today.inProvince().getYear() - 1;
        Plans plan = Plans.aPlanFor(lastYear);
        long lead = ProvinceAgencies.committeeOffice().id();
        long done = plan.activity("Thăm tổ chức HPA", NGO_VISIT, DONE, List.of(3), lead, null, null);
        long late = plan.activity("Học tập kinh nghiệm tại Đồng Tháp", STUDY_TOUR, NOT_STARTED, List.of(5, 9), lead,
                null, null);
        long running = plan.activity("Thăm Tổng lãnh sự quán", EMBASSY_VISIT, IN_PROGRESS, List.of(10, 11), lead,
                null, null);
        long dropped = plan.activity("Hội thảo bị hủy", NGO_VISIT, CANCELLED, List.of(2), lead, null, null);

        Document page = Jsoup.parse(plan.focal().browser(port).get("/app/mobilisation/plans/" + plan.id()).body());
        assertThat(cells(page, done)).containsExactly("3:vt-plan-DONE");
        assertThat(cells(page, late)).containsExactly("5:vt-plan-LATE", "9:vt-plan-LATE");
        assertThat(cells(page, running)).containsExactly("10:vt-plan-LATE", "11:vt-plan-LATE");
        assertThat(cells(page, dropped)).containsExactly("2:vt-plan-CANCELLED");
        assertThat(row(page, late).select("td[data-month=5] .visually-hidden").text())
                .isEqualTo("Tháng 5: Chậm tiến độ");
        assertThat(row(page, late).select("td.state").text()).isEqualTo("Chậm tiến độ");
        assertThat(page.select("#progress-done").text()).isEqualTo("1 hoàn thành");
        assertThat(page.select("#progress-late").text()).isEqualTo("2 chậm tiến độ");
        assertThat(page.select("#progress-cancelled").text()).isEqualTo("1 đã hủy");
        assertThat(page.select("#year-legend").text()).contains("Hoàn thành", "Chậm tiến độ", "Chưa bắt đầu");
        assertThat(page.select("#plan-programme").text()).contains(lastYear - 1 + "–" + (lastYear + 3));

        Plans current = Plans.aPlanFor(Today.inProvince().getYear());
        long upcoming = current.activity("Tập huấn cán bộ cuối năm", NGO_VISIT, NOT_STARTED, List.of(12), lead,
                null, null);
        Document now = Jsoup.parse(current.focal().browser(port).get("/app/mobilisation/plans/" + current.id())
                .body());
        assertThat(cells(now, upcoming)).containsExactly("12:vt-plan-NOT_STARTED");
        assertThat(now.select("#progress-late").text()).isEqualTo("0 chậm tiến độ");
    }

    @Test
    void theBudgetIsTotalledByTypeOfActivityInATableBesideItsChart() {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        long lead = ProvinceAgencies.committeeOffice().id();
        plan.activity("Thăm VNAH", NGO_VISIT, DONE, List.of(1), lead, "10000000", "8500000");
        plan.activity("Thăm HPA", NGO_VISIT, IN_PROGRESS, List.of(2), lead, "5000000", "1000000");
        plan.activity("Thăm Đại sứ quán", EMBASSY_VISIT, NOT_STARTED, List.of(12), lead, "30000000", null);
        plan.activity("Học tập kinh nghiệm", STUDY_TOUR, NOT_STARTED, List.of(12), lead, null, null);

        Document page = Jsoup.parse(plan.focal().browser(port).get("/app/mobilisation/plans/" + plan.id()).body());
        assertThat(page.select("#budget-table tbody tr").eachText()).containsExactly(
                "Thăm, tặng quà, vận động tổ chức PCPNN đang hoạt động tại tỉnh 15.000.000 ₫ 9.500.000 ₫",
                "Học tập kinh nghiệm tại tỉnh, thành phố khác 0 ₫ 0 ₫",
                "Thăm Đại sứ quán, Tổng lãnh sự quán 30.000.000 ₫ 0 ₫");
        assertThat(page.select("#budget-total").text()).isEqualTo("Tổng cộng 45.000.000 ₫ 9.500.000 ₫");
        assertThat(page.select("canvas#plan-budget-chart")).hasSize(1);
        assertThat(page.select("script[src*=chart]")).hasSize(1);
        assertThat(page.select("#budget-table tbody tr td[data-value]").eachAttr("data-value"))
                .containsExactly("15000000.00", "9500000.00", "0", "0", "30000000.00", "0");
    }

    @Test
    void theActivityFormShowsEveryErrorAtItsFieldAndKeepsWhatWasTyped() {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        WebClient focal = plan.focal().browser(port);
        String path = "/app/mobilisation/plans/" + plan.id() + "/activities/new";
        focal.get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", "Gặp gỡ Liên hiệp các tổ chức hữu nghị.");
        Document empty = Jsoup.parse(focal.post(path, form).body());
        assertThat(empty.select(".is-invalid").eachAttr("id")).contains("type", "title", "leadAgencyId", "status");
        assertThat(empty.select("#months-error").text()).isEqualTo("Chọn ít nhất một tháng thực hiện.");
        assertThat(empty.select("#description").text()).isEqualTo("Gặp gỡ Liên hiệp các tổ chức hữu nghị.");

        form.putAll(Map.of("type", "CENTRAL_BODIES_MEETING", "title", "Gặp VUFO", "months", "4",
                "leadAgencyId", Long.toString(ProvinceAgencies.committeeOffice().id()), "status", "NOT_STARTED",
                "budgetPlanned", "12000000", "budgetSpent", "2000000", "doneOn", "02/04/2020"));
        Document rules = Jsoup.parse(focal.post(path, form).body());
        assertThat(rules.select(".is-invalid").eachAttr("id")).containsExactlyInAnyOrder("fundingSource",
                "budgetSpent", "doneOn");
        assertThat(rules.select("#budgetSpent-error").text())
                .isEqualTo("Hoạt động chưa bắt đầu thì chưa có kinh phí đã chi.");
        assertThat(rules.select("#doneOn").val()).isEqualTo("02/04/2020");
        assertThat(rules.select("input[name=months][checked]").eachAttr("value")).containsExactly("4");

        form.putAll(Map.of("fundingSource", "Kinh phí đối ngoại", "status", "DONE"));
        HttpResponse<String> saved = focal.post(path, form);
        assertThat(saved.statusCode()).isEqualTo(302);
        Document activity = Jsoup.parse(focal.get(WebClient.location(saved).replaceFirst("^https?://[^/]+", ""))
                .body());
        assertThat(activity.select("#activity-state").text()).isEqualTo("Hoàn thành");
        assertThat(activity.select("#activity-facts").text()).contains("ngày 02/04/2020").contains("Tháng 4")
                .contains("12.000.000 ₫");
    }

    @Test
    void aStaleEditOfAnActivityShowsTheOtherVersionAndKeepsTheInput() {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        long lead = ProvinceAgencies.committeeOffice().id();
        long id = plan.activity("Phát hành bản tin song ngữ", ActivityType.BULLETIN, NOT_STARTED, List.of(6), lead,
                null, null);
        WebClient focal = plan.focal().browser(port);
        String path = "/app/mobilisation/plans/" + plan.id() + "/activities/" + id + "/edit";
        focal.get(path);
        Map<String, String> form = Map.of("version", "0", "type", "BULLETIN", "title", "Phát hành bản tin song ngữ",
                "months", "6", "leadAgencyId", Long.toString(lead), "status", "IN_PROGRESS");
        assertThat(focal.post(path, form).statusCode()).isEqualTo(302);
        Map<String, String> mine = new LinkedHashMap<>(form);
        mine.put("outcome", "Đã in 500 bản.");
        Document stale = Jsoup.parse(focal.post(path, mine).body());
        assertThat(stale.select("#conflict").text()).contains("Đang thực hiện");
        assertThat(stale.select("#outcome").text()).isEqualTo("Đã in 500 bản.");
        assertThat(stale.select("input[name=version]").val()).isEqualTo("1");
    }

    @Test
    void anOfficerSeesOnlyTheActivitiesOfItsAgencyAndCannotEditThem() {
        Plans plan = Plans.aPlanFor(Today.inProvince().getYear());
        AgencyView department = ProvinceAgencies.newLineDepartment();
        long health = department.id();
        long committee = ProvinceAgencies.committeeOffice().id();
        long mine = plan.activityWith("Tập huấn cán bộ y tế", committee, List.of(health));
        plan.activityWith("Tập huấn cán bộ văn phòng", committee, List.of());
        WebClient officer = Staff.officerOf(health).browser(port);
        String path = "/app/mobilisation/plans/" + plan.id();
        Document page = Jsoup.parse(officer.get(path).body());
        assertThat(page.select("#year-view tbody th a").eachText()).containsExactly("Tập huấn cán bộ y tế");
        assertThat(page.select("a[href$=/activities/new]")).isEmpty();
        Document activity = Jsoup.parse(officer.get(path + "/activities/" + mine).body());
        assertThat(activity.select("#participating").text()).isEqualTo(department.nameVi());
        assertThat(activity.select("a[href$=/edit], #attachments form")).isEmpty();
        assertThat(officer.get(path + "/activities/new").statusCode()).isEqualTo(403);
        assertThat(officer.post(path + "/edit", Map.of("title", "x")).statusCode()).isEqualTo(403);
        WebClient stranger = Staff.officer().browser(port);
        assertThat(stranger.get(path).statusCode()).isEqualTo(403);
        Document none = Jsoup.parse(stranger.get("/app/mobilisation/plans").body());
        assertThat(none.select("#no-plans")).hasSize(1);
        assertThat(none.select("table")).isEmpty();
        assertThat(Staff.leader().browser(port).get(path + "/activities/new").statusCode()).isEqualTo(403);
        assertThat(Staff.police().browser(port).get("/app/mobilisation/plans").statusCode()).isEqualTo(403);
    }

    private static org.jsoup.nodes.Element row(Document page, long activityId) {
        return page.select("#year-view tr[data-activity=" + activityId + "]").first();
    }

    /** The planned cells of an activity's row, as month and state class. */
    private static List<String> cells(Document page, long activityId) {
        return row(page, activityId).select("td[data-planned=true]").stream().map(cell -> cell.attr("data-month")
                + ":" + cell.classNames().stream().filter(name -> name.startsWith("vt-plan-")).findFirst()
                .orElse("")).toList();
    }
}
