package vn.vientro.monitoring.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.TimeLimit;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * An administrator changes a due-date rule on the rules page, without code: the form checks every field at once, the
 * change is audited, and the duties still ahead follow it. Other roles read the rules and change nothing.
 */
@VientroIntegrationTest
class DueDateRulesIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    DueDateRules rules;

    @Autowired
    DutyRules configured;

    @Autowired
    ReportDutyRepository duties;

    @AfterEach
    void restoreTheConfiguredRule() {
        TimeLimit original = configured.duties().stream().filter(rule -> rule.kind() == DutyKind.COMPLETION)
                .findFirst().orElseThrow().due();
        team.admin().acting(() -> {
            RuleView now = rules.find(DutyKind.COMPLETION).orElseThrow();
            if (!now.rule().due().equals(original)) {
                rules.change(DutyKind.COMPLETION, now.version(), original);
            }
            return null;
        });
        Events.settle();
    }

    @Test
    void anAdministratorShortensTheCompletionReportsTimeAndTheDutiesAheadFollow() {
        long id = fixtures.projectIn(port, "Dự án theo quy định mới", AidStatus.APPROVED);
        Events.settle();
        WebClient admin = team.admin().browser(port);
        assertThat(admin.get("/app/monitoring/rules/COMPLETION").body()).contains("name=\"amount\"", "value=\"6\"");

        HttpResponse<String> saved = admin.post("/app/monitoring/rules/COMPLETION", Map.of("amount", "3",
                "unit", "MONTHS", "source", "Quyết định 12/2026/QĐ-UBND của tỉnh, Điều 5", "version",
                Long.toString(version())));
        assertThat(saved.statusCode()).as(saved.body()).isBetween(300, 399);
        Events.settle();

        // 28 Feb 2028 + 3 months = Sunday 28 May 2028: the Monday after
        assertThat(duties.findByAidItemId(id)).filteredOn(duty -> duty.kind() == DutyKind.COMPLETION)
                .extracting(ReportDuty::dueOn).containsExactly(LocalDate.of(2028, 5, 29));
        assertThat(admin.get("/app/monitoring/rules").body()).contains("Quyết định 12/2026/QĐ-UBND của tỉnh, Điều 5",
                "3 tháng");
        HttpResponse<String> trail = WebClient.api(port, "GET",
                "/api/v1/audit-events?table=monitoring.due_date_rule", team.admin().token(), null);
        assertThat(trail.body()).contains("Quyết định 12/2026/QĐ-UBND");
    }

    @Test
    void theFormNamesEveryMistakeAtItsField() {
        WebClient admin = team.admin().browser(port);
        admin.get("/app/monitoring/rules/COMPLETION");

        HttpResponse<String> refused = admin.post("/app/monitoring/rules/COMPLETION",
                Map.of("amount", "0", "unit", "", "source", " ", "version", Long.toString(version())));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Nhập số từ 1 đến 3650.", "id=\"amount-error\"", "id=\"unit-error\"",
                "id=\"source-error\"");
        assertThat(rules.inForce()).filteredOn(rule -> rule.kind() == DutyKind.COMPLETION)
                .extracting(rule -> rule.due().amount(), rule -> rule.due().unit())
                .containsExactly(tuple(6, TimeLimit.Unit.MONTHS));
    }

    @Test
    void otherRolesReadTheRulesButChangeNone() {
        WebClient focal = team.focal().browser(port);
        assertThat(focal.get("/app/monitoring/rules").body()).contains("Nghị định 80/2020/NĐ-CP")
                .doesNotContain("/app/monitoring/rules/COMPLETION");
        assertThat(focal.get("/app/monitoring/rules/COMPLETION").statusCode()).isEqualTo(403);
        assertThat(focal.post("/app/monitoring/rules/COMPLETION", Map.of("amount", "1", "unit", "MONTHS",
                "source", "x", "version", "0")).statusCode()).isEqualTo(403);
        assertThat(team.admin().browser(port).get("/app/monitoring/rules/RESULTS_PERIOD").statusCode())
                .as("set by the aid module, not here").isEqualTo(404);
    }

    private long version() {
        return team.admin().acting(() -> rules.find(DutyKind.COMPLETION).orElseThrow().version());
    }
}
