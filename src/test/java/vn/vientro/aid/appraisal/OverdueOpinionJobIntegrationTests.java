package vn.vientro.aid.appraisal;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.InboxItem;
import vn.vientro.notification.Inboxes;
import vn.vientro.shared.Role;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class OverdueOpinionJobIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    OverdueOpinionJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Test
    void tellsTheAppraisalLeadOnceOfEachOpinionPastItsDueDate() {
        AppraisalItems items = new AppraisalItems(port, team);
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-02-10", new String[] {"CA-TINH", "SECURITY", "Câu hỏi mật"},
                new String[] {"OWNER", "SECTOR"}, new String[] {"STC", "FINANCE"});
        items.ask(item.id(), vn.vientro.testing.Today.inProvince().toString(), new String[] {"COMMUNE", "COMMUNE"});
        items.answer(item.id(), ids.get(2), "appraiser", "AGREE", "");

        assertThat(job.noticeOverdue()).isGreaterThanOrEqualTo(2);

        List<String> notices = notices(item);
        assertThat(notices).containsExactlyInAnyOrder(
                "Quá hạn cho ý kiến về khoản viện trợ " + item.code() + ", hạn 03/03/2026",
                "Quá hạn cho ý kiến về khoản viện trợ " + item.code() + ": " + team.owner().nameVi()
                + ", hạn 03/03/2026");
        assertThat(jdbc.sql("select count(*) from aid.opinion_request where aid_item = :id and overdue_noticed_on "
                + "is not null").param("id", item.id()).query(Long.class).single()).isEqualTo(2);
        job.noticeOverdue();
        assertThat(notices(item)).as("once per request").hasSize(2);
        List<String> appraisers = users.withAnyRole(Set.of(Role.APPRAISER)).stream().map(UserView::username).toList();
        for (String other : List.of(team.focal().username(), team.leader().username(), team.police().username(),
                team.officer().username())) {
            assertThat(appraisers).doesNotContain(other);
            assertThat(Inboxes.of(other, "aid-opinion-overdue")).as("only the appraisal lead")
                    .noneMatch(notice -> ("/app/aid/items/" + item.id() + "?tab=appraisal").equals(notice.link()));
        }
    }

    private List<String> notices(AppraisalItems.Item item) {
        return Inboxes.of(team.appraiser().username(), "aid-opinion-overdue").stream()
                .filter(notice -> ("/app/aid/items/" + item.id() + "?tab=appraisal").equals(notice.link()))
                .map(InboxItem::subject).toList();
    }
}
