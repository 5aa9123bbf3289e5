package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Agencies;
import vn.vientro.registry.Registry;
import vn.vientro.testing.VientroIntegrationTest;

@VientroIntegrationTest
class OverdueOpinionJobIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Agencies agencies;

    @Autowired
    Registry registry;

    @Autowired
    OverdueOpinionJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tellsTheAppraisalLeadOnceOfEachOpinionPastItsDueDate() {
        AppraisalItems items = new AppraisalItems(port, agencies, registry);
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-02-10", new String[] {"CA-TINH", "SECURITY", "Câu hỏi mật"},
                new String[] {"SYT", "SECTOR"}, new String[] {"STC", "FINANCE"});
        items.ask(item.id(), vn.vientro.testing.Today.inProvince().toString(), new String[] {"UBND-P-VINHPHUC", "COMMUNE"});
        items.answer(item.id(), ids.get(2), "appraiser", "AGREE", "");

        assertThat(job.noticeOverdue()).isGreaterThanOrEqualTo(2);

        List<String> notices = notices(item);
        assertThat(notices).containsExactlyInAnyOrder(
                "Quá hạn cho ý kiến về khoản viện trợ " + item.code() + ", hạn 03/03/2026",
                "Quá hạn cho ý kiến về khoản viện trợ " + item.code() + ": Sở Y tế tỉnh Phú Thọ, hạn 03/03/2026");
        assertThat(jdbc.sql("select count(*) from aid.opinion_request where aid_item = :id and overdue_noticed_on "
                + "is not null").param("id", item.id()).query(Long.class).single()).isEqualTo(2);
        job.noticeOverdue();
        assertThat(notices(item)).as("once per request").hasSize(2);
        assertThat(jdbc.sql("select count(*) from notification.inbox_item where link = :link and recipient <> "
                + "'appraiser'").param("link", "/app/aid/items/" + item.id() + "?tab=appraisal").query(Long.class)
                .single()).as("only the appraisal lead").isZero();
    }

    private List<String> notices(AppraisalItems.Item item) {
        return jdbc.sql("select subject from notification.inbox_item where recipient = 'appraiser' "
                        + "and category = 'aid-opinion-overdue' and link = :link order by id")
                .param("link", "/app/aid/items/" + item.id() + "?tab=appraisal").query(String.class).list();
    }
}
