package vn.vientro.mobilisation.plan;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's plans (seed 003's plan for 2023 as written, the demo province's plan for 2026) and rewards. */
@DemoIntegrationTest
class DemoPlansIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedsPlanFor2023AndAPlanFor2026AreLoadedWithTheirActivities() {
        assertThat(jdbc.sql("select year from mobilisation.plan order by year").query(Integer.class).list())
                .containsExactly(2023, 2026);
        assertThat(jdbc.sql("""
                select a.title from mobilisation.plan_activity a join mobilisation.plan p on p.id = a.plan
                 where p.year = 2023 and a.type = 'STUDY_TOUR' order by a.months[1]""").query(String.class).list())
                .containsExactly("Đoàn học tập kinh nghiệm tại Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh",
                        "Đoàn học tập kinh nghiệm tại Liên hiệp các tổ chức hữu nghị tỉnh Đồng Tháp");
        assertThat(jdbc.sql("""
                select cardinality(a.target_organisations) from mobilisation.plan_activity a
                  join mobilisation.plan p on p.id = a.plan where p.year = 2023 order by a.id limit 1""")
                .query(Integer.class).single()).isEqualTo(8);
        List<String> states = jdbc.sql("""
                select distinct a.status from mobilisation.plan_activity a join mobilisation.plan p on p.id = a.plan
                 where p.year = 2026 order by 1""").query(String.class).list();
        assertThat(states).containsExactly("CANCELLED", "DONE", "IN_PROGRESS", "NOT_STARTED");
    }

    @Test
    void theFocalPointSeesThe2026PlansYearViewAndBudget() {
        long plan = jdbc.sql("select id from mobilisation.plan where year = 2026").query(Long.class).single();
        Document page = Jsoup.parse(WebClient.signedIn(port, "focal").get("/app/mobilisation/plans/" + plan)
                .body());
        assertThat(page.select("#year-view tbody tr")).hasSize(8);
        assertThat(page.select("#progress-done").text()).isEqualTo("3 hoàn thành");
        assertThat(page.select("#budget-total").text()).isEqualTo("Tổng cộng 435.000.000 ₫ 154.500.000 ₫");
        Document list = Jsoup.parse(WebClient.signedIn(port, "officer").get("/app/mobilisation/plans").body());
        assertThat(list.select("#plan-rows tr")).hasSize(1);
    }

    @Test
    void theDemoRewardsShowOnTheirOrganisationsPage() {
        long hpa = jdbc.sql("select recipient_organisation_id from mobilisation.reward where decision_number = "
                + "'2415/QĐ-UBND'").query(Long.class).single();
        Document page = Jsoup.parse(WebClient.signedIn(port, "leader").get("/app/registry/organisations/" + hpa
                + "?tab=mobilisation.reward.organisation.tab").body());
        assertThat(page.text()).contains("2415/QĐ-UBND").contains("Bằng khen của Chủ tịch UBND tỉnh");
        Document list = Jsoup.parse(WebClient.signedIn(port, "officer").get("/app/mobilisation/rewards?year=2026")
                .body());
        assertThat(list.select("#reward-rows tr")).hasSize(2);
    }
}
