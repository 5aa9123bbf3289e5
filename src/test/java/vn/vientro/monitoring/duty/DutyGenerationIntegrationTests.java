package vn.vientro.monitoring.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * Duties follow the aid module's events: generated when an item is approved, regenerated when its end moves
 * (an approved extension, an early completion), each event's handling repeatable without adding anything.
 */
@VientroIntegrationTest
class DutyGenerationIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    ReportDutyRepository duties;

    @Autowired
    AidDutyListener listener;

    @Autowired
    DutyRules rules;

    @Autowired
    vn.vientro.shared.WorkingDays workingDays;

    @Autowired
    Clock clock;

    @Test
    void approvalGeneratesTheItemsReportsFromItsPlannedDates() {
        long id = fixtures.projectIn(port, "Dự án sinh nghĩa vụ báo cáo", AidStatus.APPROVED);
        Events.settle();

        // planned 1 Mar 2026 – 28 Feb 2028: two 6-month and two annual periods of each kind, and the completion
        assertThat(duties.findByAidItemId(id)).extracting(duty -> duty.kind()).containsExactlyInAnyOrder(
                DutyKind.PROGRESS_HALF_YEAR, DutyKind.PROGRESS_HALF_YEAR, DutyKind.PROGRESS_ANNUAL,
                DutyKind.PROGRESS_ANNUAL, DutyKind.SETTLEMENT_HALF_YEAR, DutyKind.SETTLEMENT_HALF_YEAR,
                DutyKind.SETTLEMENT_ANNUAL, DutyKind.SETTLEMENT_ANNUAL, DutyKind.COMPLETION);
        assertThat(duties.findByAidItemId(id)).filteredOn(duty -> duty.kind() == DutyKind.COMPLETION)
                .extracting(duty -> duty.cutOff(), duty -> duty.dueOn(), duty -> duty.item().ownerAgencyId())
                .containsExactly(tuple(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 8, 28), team.owner().id()));
    }

    @Test
    void anEventHandledTwiceAddsAndChangesNothing() {
        long id = fixtures.projectIn(port, "Dự án nhận sự kiện hai lần", AidStatus.APPROVED);
        Events.settle();
        List<String> before = snapshot(id);

        AidItemMoved approved = new AidItemMoved(id, "VT", AidKind.TECHNICAL_ASSISTANCE, AidAction.APPROVE,
                AidStatus.PENDING_DECISION, AidStatus.APPROVED, team.leader().username());
        listener.on(approved);
        listener.on(approved);

        assertThat(snapshot(id)).hasSize(9).isEqualTo(before);
    }

    @Test
    void anEarlyCompletionDropsTheReportsOfPeriodsItNoLongerReachesAndMovesTheCompletionReport() {
        long id = fixtures.projectIn(port, "Dự án kết thúc sớm", AidStatus.IMPLEMENTING);
        Events.settle();
        LocalDate today = LocalDate.now(clock);
        List<ReportDuty> past = duties.findByAidItemId(id).stream().filter(duty -> duty.dueOn().isBefore(today))
                .toList();

        fixtures.moveTo(port, id, AidStatus.COMPLETED);
        Events.settle();

        List<ReportDuty> after = duties.findByAidItemId(id);
        assertThat(after).as("the reports already due stay as they were").extracting(duty -> duty.id())
                .containsAll(past.stream().map(duty -> duty.id()).toList());
        assertThat(after).filteredOn(duty -> !duty.dueOn().isBefore(today) && duty.kind() != DutyKind.COMPLETION)
                .as("no periodic report for a period closing after the actual end")
                .allSatisfy(duty -> assertThat(duty.cutOff()).isBeforeOrEqualTo(today));
        LocalDate completionDue = rules.duties().stream().filter(rule -> rule.kind() == DutyKind.COMPLETION)
                .findFirst().orElseThrow().due().dueFrom(today, workingDays);
        assertThat(after).filteredOn(duty -> duty.kind() == DutyKind.COMPLETION)
                .extracting(duty -> duty.cutOff(), duty -> duty.dueOn()).containsExactly(tuple(today, completionDue));
    }

    @Test
    void anApprovedExtensionAddsTheReportsOfTheLongerRun() {
        long id = fixtures.projectIn(port, "Dự án gia hạn", AidStatus.IMPLEMENTING);
        Events.settle();
        assertThat(duties.findByAidItemId(id)).filteredOn(duty -> duty.kind() == DutyKind.PROGRESS_ANNUAL)
                .extracting(duty -> duty.cutOff())
                // the repository's finder has no order: which duty comes first is not what this test is about
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));

        extendTo(id, "2029-03-31");
        Events.settle();

        List<ReportDuty> after = duties.findByAidItemId(id);
        assertThat(after).filteredOn(duty -> duty.kind() == DutyKind.PROGRESS_ANNUAL).extracting(duty -> duty.cutOff())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31),
                        LocalDate.of(2028, 12, 31));
        assertThat(after).filteredOn(duty -> duty.kind() == DutyKind.PROGRESS_HALF_YEAR).hasSize(3);
        assertThat(after).filteredOn(duty -> duty.kind() == DutyKind.COMPLETION)
                .extracting(duty -> duty.cutOff(), duty -> duty.dueOn())
                .containsExactly(tuple(LocalDate.of(2029, 3, 31), LocalDate.of(2029, 10, 1)));
    }

    /** The owner proposes a later end, the appraisal lead notes it, the leader approves it (an extension). */
    private void extendTo(long id, String end) {
        JsonNode versions = AidFixtures.read(api("GET", "/api/v1/aid-items/" + id + "/versions", "officer", null));
        ObjectNode proposed = ((ObjectNode) versions.get(versions.size() - 1).get("snapshot")).deepCopy();
        proposed.put("plannedEnd", end);
        proposed.put("version", fixtures.version(port, id));
        proposed.put("reason", "Gia hạn thực hiện");
        long amendment = AidFixtures.read(api("POST", "/api/v1/aid-items/" + id + "/amendments", "officer",
                proposed.toString())).get("id").asLong();
        String path = "/api/v1/aid-items/" + id + "/amendments/" + amendment;
        api("POST", path + "/note", "appraiser", "{\"note\":\"Đề nghị chấp thuận\"}");
        api("POST", path + "/approve", "leader", """
                {"decisionNumber":"77/QĐ-UBND","decisionDate":"%s","signer":"Phó Chủ tịch UBND tỉnh"}
                """.formatted(LocalDate.now(clock)));
    }

    private String api(String method, String path, String who, String body) {
        HttpResponse<String> response = WebClient.api(port, method, path, team.named(who).token(), body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private List<String> snapshot(long id) {
        return duties.findByAidItemId(id).stream()
                .map(duty -> duty.id() + " " + duty.version() + " " + duty.kind() + " " + duty.dueOn()).sorted().toList();
    }
}
