package vn.vientro.aid;

import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.appraisal.AppraisalFixtures;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.WebClient;

/**
 * Builds aid items for tests through the public API, as users would: drafted by the officer of the team's aid owner,
 * then moved through the lifecycle by the member of the team each move needs.
 */
public class AidFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final AidTeam team;

    public AidFixtures(AidTeam team) {
        this.team = team;
    }

    public AidTeam team() {
        return team;
    }

    /** Current communes of the deployment province (Phú Thọ, 25), in code order. */
    public List<String> communes(int count) {
        AdminUnits adminUnits = ApplicationUnderTest.bean(AdminUnits.class);
        return adminUnits.list(UnitSet.CURRENT, "commune", null, 5000).stream()
                .filter(u -> u.provinceCode().equals(adminUnits.deploymentProvinceCode()))
                .map(AdminUnit::code).limit(count).toList();
    }

    /** A complete project description owned by the team's aid owner, ready to submit. */
    public String projectJson(String kind, String name, String amount, String currency) {
        String commune = communes(1).get(0);
        return """
                {"kind":"%s","deliveryForm":"CASH","nameVi":"%s","nameEn":"%s (en)",
                 "objectivesVi":"Nâng cao chất lượng khám chữa bệnh","donorId":%d,"ownerAgencyId":%d,
                 "governingAgencyId":%d,"plannedStart":"2026-03-01","plannedEnd":"2028-02-28",
                 "disasterOn":%s,"totalAmount":%s,"totalCurrency":"%s",
                 "sectors":[{"sectorCode":"12220","percent":100}],
                 "locations":[{"communeCode":"%s","percent":100}],
                 "publicGroups":["SUMMARY","VALUE"]}
                """.formatted(kind, name, name, team.donor().id(), team.owner().id(), team.governing().id(),
                "EMERGENCY_RELIEF".equals(kind) ? "\"" + vn.vientro.testing.Today.inProvince().minusDays(13) + "\"" : "null", amount, currency, commune);
    }

    public long draft(int port, String token, String json) {
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/aid-items", token, json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("draft failed: " + response.statusCode() + " " + response.body());
        }
        long id = read(response.body()).get("id").asLong();
        // A dossier is submitted only with its required papers (aid.dossier): drafted items come with them.
        DossierFixtures.completeForSubmission(port, team.focal().token(), id);
        return id;
    }

    public long draftProject(int port, String name) {
        return draft(port, team.officer().token(), projectJson("TECHNICAL_ASSISTANCE", name, "250000", "USD"));
    }

    public JsonNode item(int port, long id) {
        return read(WebClient.api(port, "GET", "/api/v1/aid-items/" + id, team.leader().token(), null).body());
    }

    public String status(int port, long id) {
        return item(port, id).get("item").get("status").asString();
    }

    public long version(int port, long id) {
        return item(port, id).get("item").get("version").asLong();
    }

    /** Makes a move with the item's current version; {@code fields} is extra JSON such as {@code "reason":"x"}. */
    public HttpResponse<String> move(int port, String token, long id, String action, String fields) {
        if (action.equals("conclude-appraisal") && status(port, id).equals("UNDER_APPRAISAL")) {
            // the appraisal is concluded only on the opinions asked
            AppraisalFixtures.opinionsAnswered(port, team.appraiser().token(), id);
        }
        if (action.equals("propose-decision") && status(port, id).equals("APPRAISED")) {
            // the decision is proposed only with the appraisal report
            DossierFixtures.completeForDecision(port, team.appraiser().token(), id);
        }
        String body = "{\"version\":" + version(port, id) + (fields.isBlank() ? "" : "," + fields) + "}";
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transitions/" + action, token, body);
    }

    public void moveOk(int port, String token, long id, String action, String fields) {
        HttpResponse<String> response = move(port, token, id, action, fields);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    public static final String APPROVAL = "\"referenceNumber\":\"%s/QĐ-UBND\",\"referenceDate\":\"%s\","
            + "\"signer\":\"Nguyễn Văn Chủ tịch\"";

    /** Drafts a project and takes it to {@code target} along the normal path. */
    public long projectIn(int port, String name, AidStatus target) {
        long id = draftProject(port, name);
        moveTo(port, id, target);
        return id;
    }

    /**
     * Takes an item to {@code target} from wherever on the way it stands, each move by the role it needs: along the
     * normal path, or off it to a return, a refusal, a suspension or a termination.
     */
    public void moveTo(int port, long id, AidStatus target) {
        List<String[]> path = pathTo(target);
        String current = status(port, id);
        int from = 0;
        for (int i = 0; i < path.size(); i++) {
            if (AidAction.fromSlug(path.get(i)[1]).orElseThrow().to().name().equals(current)) {
                from = i + 1;
            }
        }
        for (String[] step : path.subList(from, path.size())) {
            moveOk(port, team.named(step[0]).token(), id, step[1],
                    step[2].formatted(id, vn.vientro.testing.Today.inProvince()));
        }
        if (!status(port, id).equals(target.name())) {
            throw new IllegalStateException("item " + id + " is " + status(port, id) + ", not " + target);
        }
    }

    /** The moves to {@code target}: who (a member of the team), which move, and its fields. */
    private static List<String[]> pathTo(AidStatus target) {
        String[] submit = {"officer", "submit", ""};
        String[] open = {"appraiser", "open-appraisal", ""};
        String[] conclude = {"appraiser", "conclude-appraisal",
                "\"recommendation\":\"APPROVE\",\"reason\":\"Đủ điều kiện\""};
        String[] propose = {"appraiser", "propose-decision", "\"referenceNumber\":\"%s/TTr-STC\""};
        String[] approve = {"leader", "approve", APPROVAL};
        String[] start = {"officer", "start", ""};
        String[] suspend = {"leader", "suspend", "\"reason\":\"Kiểm tra\",\"referenceNumber\":\"9/QĐ-UBND\""};
        String[] complete = {"officer", "complete", ""};
        String[] handOver = {"officer", "hand-over", "\"referenceNumber\":\"BB-%s\""};
        String[] settle = {"appraiser", "settle", "\"referenceNumber\":\"QT-%s\""};
        List<String[]> toDecision = List.of(submit, open, conclude, propose);
        return switch (target) {
            case DOSSIER_DRAFT -> List.of();
            case SUBMITTED -> List.<String[]>of(submit);
            case RETURNED -> List.of(submit,
                    new String[] {"appraiser", "return", "\"reason\":\"Thiếu văn kiện\""});
            case UNDER_APPRAISAL -> List.of(submit, open);
            case APPRAISED -> List.of(submit, open, conclude);
            case PENDING_DECISION -> toDecision;
            case REFUSED -> concat(toDecision, new String[] {"leader", "refuse", "\"reason\":\"Không phù hợp\""});
            case APPROVED -> concat(toDecision, approve);
            case IMPLEMENTING -> concat(toDecision, approve, start);
            case SUSPENDED -> concat(toDecision, approve, start, suspend);
            case TERMINATED -> concat(toDecision, approve, start, suspend,
                    new String[] {"leader", "terminate", "\"reason\":\"Vi phạm cam kết\""});
            case COMPLETED -> concat(toDecision, approve, start, complete);
            case HANDED_OVER -> concat(toDecision, approve, start, complete, handOver);
            case SETTLED -> concat(toDecision, approve, start, complete, handOver, settle);
            case CLOSED -> concat(toDecision, approve, start, complete, handOver, settle,
                    new String[] {"focal", "close", ""});
            case AMENDMENT_PENDING -> throw new IllegalArgumentException("only through the amendment workflow");
        };
    }

    private static List<String[]> concat(List<String[]> first, String[]... more) {
        List<String[]> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    public static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
