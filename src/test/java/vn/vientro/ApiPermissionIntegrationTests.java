package vn.vientro;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the API's OpenAPI document with every role and a body that is invalid, and checks that who
 * has no right to an operation is refused (401 without a token, 403 with one) before the body is read or any rule is
 * checked, and that who has the right is not refused. The expectations are this file's table: an operation added to
 * the API without a line here fails the walk, so its permission is decided, and tested, when it is written.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPermissionIntegrationTests {

    private static final Set<String> STAFF = Set.of("admin", "focal", "appraiser", "police", "officer", "commune",
            "leader");
    /** Who reads every item, and the officer of its owner; the commune's officer is not involved with it. */
    private static final Set<String> ITEM_READERS = Set.of("admin", "focal", "appraiser", "police", "leader",
            "officer");
    /** The aid owner's side: its officer, and the focal point and administrators acting for any owner. */
    private static final Set<String> OWNER_SIDE = Set.of("admin", "focal", "officer");
    private static final Set<String> REGISTRY_WRITERS = Set.of("focal", "admin");
    private static final Set<String> PERMIT_READERS = Set.of("focal", "admin", "leader", "appraiser", "police");
    private static final Set<String> CONTACT_READERS = Set.of("focal", "police", "admin", "leader");
    private static final Set<String> ADMIN = Set.of("admin");
    /** A submitted need of the officer's agency: its proposers and the provincial roles that compile and approve. */
    private static final Set<String> NEED_READERS = Set.of("officer", "focal", "appraiser", "leader");
    /** Reference data is public: the calendar, administrative units, sectors, fields, currencies and rates. */
    private static final Set<String> EVERYONE = Set.of("anonymous", "admin", "focal", "appraiser", "police",
            "officer", "commune", "leader");

    @LocalServerPort
    int port;

    final AidFixtures fixtures = new AidFixtures(new vn.vientro.aid.AidTeam());

    private final Map<String, String> pathValues = new LinkedHashMap<>();

    @BeforeAll
    void anItemUnderAppraisalWithAnOpinionAskedOfItsOwner() {
        long item = fixtures.projectIn(port, "Dự án thử quyền", AidStatus.UNDER_APPRAISAL);
        long owner = fixtures.item(port, item).path("item").path("ownerAgencyId").asLong();
        HttpResponse<String> asked = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + "/opinions",
                fixtures.team().appraiser().token(), "{\"requests\":[{\"agencyId\":" + owner + ",\"topic\":\"SECTOR\"}]}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        pathValues.put("itemId", Long.toString(item));
        pathValues.put("opinionId", AidFixtures.read(asked.body()).get(0).path("id").asString());
        pathValues.put("action", "approve");
        pathValues.put("id", Long.toString(fixtures.team().donor().id()));
        pathValues.put("set", "CURRENT");
        pathValues.put("kind", "ngo");
        pathValues.put("code", "25");
        pathValues.put("list", "currency");
        pathValues.put("needId", Long.toString(vn.vientro.mobilisation.Needs.aNeedOf(fixtures.team().officer())
                .submitted()));
        // an approved version, which every reader of the catalogue reads
        long listed = vn.vientro.mobilisation.Needs.aNeedOf(fixtures.team().officer())
                .accepted(vn.vientro.identity.Staff.appraiser());
        pathValues.put("versionId", Long.toString(vn.vientro.mobilisation.CatalogueVersions.approving("3/QĐ-UBND",
                vn.vientro.testing.Today.inProvince(), listed)));
        long approved = fixtures.projectIn(port, "Dự án thử quyền báo cáo", AidStatus.APPROVED);
        pathValues.put("dutyId", Long.toString(vn.vientro.monitoring.Duties.first(port, fixtures.team(), approved,
                vn.vientro.monitoring.DutyKind.PROGRESS_HALF_YEAR)));
        HttpResponse<String> evaluated = WebClient.api(port, "POST", "/api/v1/evaluations",
                fixtures.team().focal().token(), "{\"itemId\":" + approved + ",\"kind\":\"FINAL\","
                        + "\"evaluator\":\"Chuyên gia\",\"evaluatedOn\":\"2026-06-01\"}");
        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(201);
        pathValues.put("evaluationId", AidFixtures.read(evaluated.body()).path("id").asString());
        // an inspection of the approved item (its owner is the officer's agency) by the appraiser and the police
        pathValues.put("inspectionId", Long.toString(vn.vientro.monitoring.InspectionPlans.ofItem(port,
                fixtures.team().focal(), approved, "Kiểm tra thử quyền", List.of(fixtures.team().appraiser(),
                        fixtures.team().police()))));
        vn.vientro.mobilisation.Plans plan = vn.vientro.mobilisation.Plans.aPlanFor(2026);
        pathValues.put("planId", Long.toString(plan.id()));
        pathValues.put("activityId", Long.toString(plan.activityWith("Tập huấn", fixtures.team().officer()
                .agencyId(), List.of())));
        // a feedback on a published need of the officer's agency, assigned to that agency
        long feedbackNeed = vn.vientro.mobilisation.Needs.aNeedOf(fixtures.team().officer())
                .published(vn.vientro.identity.Staff.appraiser());
        long feedback = vn.vientro.portal.feedback.FeedbackFixtures.onNeed(feedbackNeed, "Người thử quyền",
                "0900 000 000", "Phản ánh thử quyền");
        vn.vientro.portal.feedback.FeedbackFixtures.assigned(feedback);
        pathValues.put("feedbackId", Long.toString(feedback));
    }

    @Test
    void everyOperationRefusesWhoHasNoRightBeforeReadingTheBody() {
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> expected = expectations();
        Set<String> documented = new TreeSet<>();
        for (ApiDocument.Operation operation : operations()) {
            documented.add(operation.key());
            Set<String> allowed = expected.get(operation.key());
            if (allowed == null) {
                wrong.add(operation.key() + ": no line in this test's table");
                continue;
            }
            int anonymous = call(operation, null).statusCode();
            if (allowed.contains("anonymous") ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                wrong.add(operation.key() + " anonymous: " + anonymous);
            }
            for (String user : STAFF) {
                int status = call(operation, fixtures.team().named(user).token()).statusCode();
                boolean refused = status == 401 || status == 403;
                if (allowed.contains(user) == refused) {
                    wrong.add(operation.key() + " " + user + ": " + status);
                }
            }
        }
        assertThat(wrong).as("cells that break the table").isEmpty();
        assertThat(expected.keySet()).as("lines of the table for operations the API no longer has")
                .isSubsetOf(documented);
    }

    /** An invalid body (wrong types), or an upload of a file no one accepts. */
    private HttpResponse<String> call(ApiDocument.Operation operation, String token) {
        String path = ApiDocument.path(operation, pathValues, "987654");
        if (operation.multipart() != null) {
            String boundary = "vientro-walk";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.exe\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\nMZ not a paper\r\n--" + boundary + "--\r\n";
            return ApiDocument.call(port, operation.method(), path, token, "multipart/form-data; boundary=" + boundary,
                    body.getBytes(StandardCharsets.UTF_8));
        }
        if (operation.json() != null) {
            return ApiDocument.call(port, operation.method(), path, token, "application/json",
                    "{\"version\":\"not a number\",\"kind\":42,\"amount\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        return ApiDocument.call(port, operation.method(), path, token, null, null);
    }

    private List<ApiDocument.Operation> operations() {
        return ApiDocument.read(port, fixtures.team().focal()).operations();
    }

    @SuppressWarnings("checkstyle:MethodLength")
    private static Map<String, Set<String>> expectations() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        String item = "/api/v1/aid-items/{itemId}";
        for (String read : List.of("/api/v1/agencies", "/api/v1/agencies/{id}", "/api/v1/aid-items",
                "/api/v1/aid-money/by-commune", "/api/v1/aid-money/by-sector", "/api/v1/me",
                "/api/v1/opinions/mine", "/api/v1/organisations", "/api/v1/organisations/{id}",
                "/api/v1/search")) {
            table.put("GET " + read, STAFF);
        }
        for (String read : List.of("/api/v1/admin-units", "/api/v1/admin-units/{set}/{code}",
                "/api/v1/codelists/{list}", "/api/v1/exchange-rates", "/api/v1/exchange-rates/convert",
                "/api/v1/exchange-rates/{id}", "/api/v1/holidays", "/api/v1/priority-fields", "/api/v1/sectors",
                "/api/v1/working-days/add", "/api/v1/working-days/check", "/api/v1/working-days/count")) {
            table.put("GET " + read, EVERYONE);
        }
        // the province's open data: only what the focal point made public
        table.put("GET /api/v1/iati/activities.xml", EVERYONE);
        table.put("GET /api/v1/iati/organisation.xml", EVERYONE);
        // another publisher's IATI file is imported by the focal point (and administrators for them)
        table.put("POST /api/v1/iati/imports", REGISTRY_WRITERS);
        table.put("POST /api/v1/iati/imports/from-address", ADMIN);
        table.put("GET /api/v1/iati/imports/{id}", REGISTRY_WRITERS);
        table.put("POST /api/v1/iati/imports/{id}/decisions", REGISTRY_WRITERS);
        for (String read : List.of("", "/amendments", "/amendments/{amendmentId}", "/decision-scans",
                "/decision-scans/{decisionId}/content", "/decisions", "/documents", "/documents/{documentId}",
                "/documents/{documentId}/content", "/indicators/{indicatorId}", "/opinions",
                "/opinions/{opinionId}/file", "/periods/{periodId}", "/results", "/results/{resultId}", "/timeline",
                "/transactions", "/transactions/{transactionId}", "/transitions", "/versions",
                "/versions/compare")) {
            table.put("GET " + item + read, ITEM_READERS);
        }
        table.put("POST /api/v1/aid-items", Set.of("admin", "focal", "officer", "commune"));
        // the owner's side describes its dossier, the appraisal lead (and the focal point) correct it during appraisal
        table.put("PUT " + item, Set.of("admin", "focal", "officer", "appraiser"));
        table.put("POST " + item + "/amendments", OWNER_SIDE);
        table.put("POST " + item + "/amendments/{amendmentId}/approve", Set.of("leader"));
        table.put("POST " + item + "/amendments/{amendmentId}/reject", Set.of("leader"));
        table.put("POST " + item + "/amendments/{amendmentId}/note", Set.of("appraiser"));
        table.put("POST " + item + "/decision-scans/{decisionId}", Set.of("leader", "focal"));
        table.put("POST " + item + "/documents", Set.of("admin", "focal", "officer", "appraiser"));
        for (String shape : List.of("PUT /indicators/{indicatorId}", "DELETE /indicators/{indicatorId}",
                "POST /indicators/{indicatorId}/periods", "PUT /periods/{periodId}", "DELETE /periods/{periodId}",
                "PUT /periods/{periodId}/actual", "POST /results", "PUT /results/{resultId}",
                "DELETE /results/{resultId}", "POST /results/{resultId}/indicators")) {
            String[] parts = shape.split(" ");
            table.put(parts[0] + " " + item + parts[1], OWNER_SIDE);
        }
        table.put("POST " + item + "/opinions", Set.of("appraiser"));
        table.put("GET " + item + "/opinions/proposal", Set.of("appraiser"));
        table.put("DELETE " + item + "/opinions/{opinionId}", Set.of("appraiser"));
        table.put("POST " + item + "/opinions/{opinionId}/answer", Set.of("officer", "appraiser"));
        Set<String> money = Set.of("admin", "focal", "officer", "appraiser");
        table.put("POST " + item + "/transactions", money);
        table.put("PUT " + item + "/transactions/{transactionId}", money);
        table.put("DELETE " + item + "/transactions/{transactionId}", money);
        table.put("POST " + item + "/transitions/{action}", Set.of("leader"));
        table.put("GET /api/v1/audit-events", Set.of("admin", "leader"));
        // figures of approved aid: every member of staff, narrowed to what they may read
        table.put("GET /api/v1/statistics/communes", STAFF);
        // the provincial roles read every duty, an officer those of their agency's items
        table.put("GET /api/v1/report-duties", Set.of("focal", "appraiser", "leader", "officer", "commune"));
        // a report: read by the provincial roles and the item's officers, written by its owner, reviewed by the focal
        // point (and the managing agency's officers, whom the walk has not)
        String report = "/api/v1/reports/{dutyId}";
        table.put("GET /api/v1/reports", Set.of("focal", "appraiser", "leader", "officer", "commune"));
        table.put("GET " + report, Set.of("focal", "appraiser", "leader", "officer"));
        table.put("GET " + report + "/signed-file", Set.of("focal", "appraiser", "leader", "officer"));
        table.put("PUT " + report, Set.of("officer"));
        table.put("POST " + report + "/signed-file", Set.of("officer"));
        table.put("POST " + report + "/submit", Set.of("officer"));
        table.put("POST " + report + "/accept", Set.of("focal"));
        table.put("POST " + report + "/return", Set.of("focal"));
        // an evaluation: read as the item's reports are; recorded and corrected by the focal point and the item's
        // owner (any officer may ask to record one: the item they choose decides)
        String evaluation = "/api/v1/evaluations/{evaluationId}";
        table.put("GET /api/v1/evaluations", Set.of("focal", "appraiser", "leader", "officer", "commune"));
        table.put("POST /api/v1/evaluations", Set.of("focal", "officer", "commune"));
        table.put("GET " + evaluation, Set.of("focal", "appraiser", "leader", "officer"));
        table.put("PUT " + evaluation, Set.of("focal", "officer"));
        table.put("GET " + evaluation + "/report-file", Set.of("focal", "appraiser", "leader", "officer"));
        table.put("POST " + evaluation + "/report-file", Set.of("focal", "officer"));
        // inspections: the inspecting bodies and the officers read the plan (an officer that of their agency); the focal
        // point plans; the team's staff set out and answer the checklist; the team or the leader concludes
        String inspection = "/api/v1/inspections/{inspectionId}";
        table.put("GET /api/v1/inspections", Set.of("focal", "appraiser", "police", "leader", "officer", "commune"));
        table.put("POST /api/v1/inspections", Set.of("focal"));
        table.put("GET " + inspection, Set.of("focal", "appraiser", "police", "leader", "officer"));
        table.put("PUT " + inspection, Set.of("focal"));
        table.put("POST " + inspection + "/start", Set.of("appraiser", "police"));
        table.put("PUT " + inspection + "/checklist", Set.of("appraiser", "police"));
        table.put("POST " + inspection + "/conclude", Set.of("appraiser", "police", "leader"));
        // findings are confidential until the conclusion: the team and the leader read them; the team records them and
        // (the walk's inspection being only planned) alone follows a recommendation up
        Set<String> team = Set.of("appraiser", "police");
        table.put("GET " + inspection + "/findings", Set.of("appraiser", "police", "leader"));
        table.put("POST " + inspection + "/findings", team);
        table.put("POST " + inspection + "/findings/{findingId}/evidence", team);
        table.put("GET " + inspection + "/findings/{findingId}/evidence/{fileId}", Set.of("appraiser", "police",
                "leader"));
        table.put("POST " + inspection + "/findings/{findingId}/recommendations", team);
        table.put("POST " + inspection + "/recommendations/{recommendationId}/follow-up", team);
        // the proposal to the Ministry of Foreign Affairs: the focal point and the leader, as readers of the findings
        table.put("GET " + inspection + "/findings/{findingId}/mofa-proposal", Set.of("leader"));
        // a finding's outcome (suspending the item, putting the NGO under inspection): the same readers who decide
        table.put("POST " + inspection + "/findings/{findingId}/outcomes", Set.of("leader"));
        // scorecards: the provincial roles rank every card, an officer their agency's; an NGO's card (the walk's {id}
        // is the donor) is read by whoever reads the organisation
        table.put("GET /api/v1/scorecards", Set.of("focal", "appraiser", "leader", "officer", "commune"));
        table.put("GET /api/v1/scorecards/{kind}/{id}", STAFF);
        // statistics: every member of staff, narrowed to what they read (an officer: their agency's aid)
        table.put("GET /api/v1/statistics/summary", STAFF);
        table.put("GET /api/v1/statistics/breakdown", STAFF);
        table.put("POST /api/v1/agencies", ADMIN);
        table.put("PUT /api/v1/agencies/{id}", ADMIN);
        table.put("POST /api/v1/exchange-rates", ADMIN);
        table.put("PUT /api/v1/exchange-rates/{id}", ADMIN);
        table.put("DELETE /api/v1/exchange-rates/{id}", ADMIN);
        table.put("GET /api/v1/contacts", CONTACT_READERS);
        table.put("GET /api/v1/contacts/{id}", CONTACT_READERS);
        table.put("GET /api/v1/contacts/{id}/interactions", CONTACT_READERS);
        table.put("POST /api/v1/contacts", REGISTRY_WRITERS);
        table.put("PUT /api/v1/contacts/{id}", REGISTRY_WRITERS);
        table.put("POST /api/v1/contacts/{id}/interactions", REGISTRY_WRITERS);
        table.put("POST /api/v1/organisations", REGISTRY_WRITERS);
        table.put("PUT /api/v1/organisations/{id}", REGISTRY_WRITERS);
        table.put("POST /api/v1/organisations/{id}/status", REGISTRY_WRITERS);
        table.put("GET /api/v1/organisations/{id}/permits", PERMIT_READERS);
        table.put("POST /api/v1/organisations/{id}/permits", REGISTRY_WRITERS);
        table.put("GET /api/v1/permits", PERMIT_READERS);
        table.put("GET /api/v1/permits/{id}", PERMIT_READERS);
        table.put("POST /api/v1/permits/{id}/{action}", REGISTRY_WRITERS);
        // the catalogue: the proposers (officers), and once submitted the focal point, appraisal lead and leaders
        String need = "/api/v1/catalogue-needs/{needId}";
        // the interest funnel: the focal point records it; the proposer reads its own need's; the provincial roles read all
        table.put("GET " + need + "/interests", NEED_READERS);
        table.put("POST " + need + "/interests", Set.of("focal"));
        table.put("POST /api/v1/interests/{interestId}/moves", Set.of("focal"));
        table.put("GET /api/v1/interests", Set.of("focal", "appraiser", "leader"));
        table.put("GET /api/v1/pledges", Set.of("focal", "appraiser", "leader"));
        table.put("GET /api/v1/pledges/{pledgeId}", Set.of("focal", "appraiser", "leader"));
        table.put("POST /api/v1/pledges", Set.of("focal"));
        table.put("POST /api/v1/pledges/{pledgeId}/withdraw", Set.of("focal"));
        table.put("GET /api/v1/pledges/{pledgeId}/dossier-form", Set.of("focal"));
        // likely funders of a need: the provincial roles that follow mobilisation (409 here: the need is not published)
        table.put("GET " + need + "/matches", Set.of("focal", "appraiser", "leader"));
        table.put("GET /api/v1/catalogue-needs", Set.of("officer", "commune", "focal", "appraiser", "leader"));
        table.put("POST /api/v1/catalogue-needs", Set.of("officer", "commune"));
        for (String read : List.of("", "/timeline", "/transitions", "/attachments",
                "/attachments/{attachmentId}/content", "/decision-file")) {
            table.put("GET " + need + read, NEED_READERS);
        }
        table.put("PUT " + need, Set.of("officer"));
        table.put("POST " + need + "/attachments", Set.of("officer"));
        table.put("POST " + need + "/transitions/{action}", Set.of("leader"));
        // the catalogue by period: approved versions for every reader, the appraisal lead compiles, a leader approves
        Set<String> catalogueReaders = Set.of("officer", "commune", "focal", "appraiser", "leader");
        String version = "/api/v1/catalogues/versions/{versionId}";
        for (String read : List.of("/api/v1/catalogues", "/api/v1/catalogues/{periodId}", version,
                version + "/changes", version + "/catalogue.xlsx", version + "/brochure.pdf")) {
            table.put("GET " + read, catalogueReaders);
        }
        table.put("POST /api/v1/catalogues", Set.of("appraiser"));
        table.put("POST /api/v1/catalogues/{periodId}/versions", Set.of("appraiser"));
        table.put("POST " + version + "/needs", Set.of("appraiser"));
        table.put("POST " + version + "/needs/{needId}/exclusion", Set.of("appraiser"));
        table.put("POST " + version + "/approval", Set.of("leader"));
        // yearly plans: the focal point writes them; the appraisal lead and leaders read them; an officer reads a
        // plan where its agency has an activity (the plan here has one led by the officer's agency)
        String plan = "/api/v1/mobilisation-plans/{planId}";
        table.put("GET /api/v1/mobilisation-plans", Set.of("officer", "commune", "focal", "appraiser", "leader"));
        table.put("GET " + plan, Set.of("officer", "focal", "appraiser", "leader"));
        table.put("GET " + plan + "/activities/{activityId}", Set.of("officer", "focal", "appraiser", "leader"));
        table.put("POST /api/v1/mobilisation-plans", Set.of("focal"));
        table.put("PUT " + plan, Set.of("focal"));
        table.put("POST " + plan + "/activities", Set.of("focal"));
        table.put("PUT " + plan + "/activities/{activityId}", Set.of("focal"));
        // rewards are published decisions: every member of staff reads them, the focal point records them
        table.put("GET /api/v1/rewards", STAFF);
        table.put("GET /api/v1/rewards/{rewardId}", STAFF);
        table.put("POST /api/v1/rewards", Set.of("focal"));
        table.put("PUT /api/v1/rewards/{rewardId}", Set.of("focal"));
        // the foreign-affairs bulletin and the portal's procedure pages: the focal point writes what the portal shows
        table.put("GET /api/v1/bulletin", Set.of("focal"));
        table.put("GET /api/v1/bulletin/activities/{activityId}", Set.of("focal"));
        table.put("PUT /api/v1/bulletin/activities/{activityId}", Set.of("focal"));
        table.put("GET /api/v1/bulletin/rewards/{rewardId}", Set.of("focal"));
        table.put("PUT /api/v1/bulletin/rewards/{rewardId}", Set.of("focal"));
        table.put("GET /api/v1/procedures/{procedure}", Set.of("focal"));
        table.put("PUT /api/v1/procedures/{procedure}", Set.of("focal"));
        // community feedback carries personal data: the focal point and leaders read all, an agency's officers what
        // is assigned to their agency (the feedback here is assigned to the officer's); the focal point triages,
        // assigns and publishes, the assigned agency (or the focal point) drafts the answer
        table.put("GET /api/v1/feedback", Set.of("focal", "leader", "officer", "commune"));
        table.put("GET /api/v1/feedback/{feedbackId}", Set.of("focal", "leader", "officer"));
        table.put("POST /api/v1/feedback/{feedbackId}/triage", Set.of("focal"));
        table.put("POST /api/v1/feedback/{feedbackId}/assignment", Set.of("focal"));
        table.put("POST /api/v1/feedback/{feedbackId}/answer", Set.of("focal", "officer"));
        table.put("POST /api/v1/feedback/{feedbackId}/publication", Set.of("focal"));
        return table;
    }
}
