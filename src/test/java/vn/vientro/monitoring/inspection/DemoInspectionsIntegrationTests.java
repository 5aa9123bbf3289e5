package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

/** The demo's plan holds inspections of each kind of subject, one of them carried out and concluded by its team. */
@DemoIntegrationTest
class DemoInspectionsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFocalPointSeesThePlanWithAConcludedInspection() {
        WebClient focal = WebClient.signedIn(port, "focal");
        String plan = focal.get("/app/monitoring/inspections?year=" + LocalDate.now().plusDays(12).getYear()).body();
        assertThat(plan).contains("Giám sát cộng đồng dự án phòng chống sốt rét vùng biên giới");
        String concluded = focal.get("/app/monitoring/inspections?year=" + LocalDate.now().minusDays(40).getYear())
                .body();
        assertThat(concluded).contains("Kiểm tra định kỳ Chương trình DIRECT giai đoạn mở rộng", "Đã kết luận");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                "href=\"(/app/monitoring/inspections/\\d+)\">Kiểm tra định kỳ Chương trình DIRECT").matcher(concluded);
        assertThat(link.find()).isTrue();
        assertThat(WebClient.signedIn(port, "officer").get(link.group(1)).body())
                .as("the owner's officer reads the concluded inspection's findings")
                .contains("Thiếu chứng từ chi 3 lớp tập huấn quý II", "Quá hạn");
    }
}
