package vn.vientro;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.registry.People;
import vn.vientro.registry.contact.ContactKind;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes every operation of the API's OpenAPI document as an attacker or a careless client would: malformed bodies
 * (NUL characters, 100,001-character texts, numbers of 10^20, enums as ordinals, ids with fractions, values of the
 * wrong type, {@code javascript:} web addresses, nulls, broken JSON) and odd query parameters and path variables, as
 * anonymous and as four roles that between them may call every operation (the aid owner's officer, the appraiser,
 * the leader, the administrator). The server may refuse all of it, but never fail: no answer is a 5xx. Odd values
 * the API must refuse at once (NUL, ordinals, fractions, numbers beyond their column, script addresses) never
 * answer 2xx.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProbeIntegrationTests {

    private static final List<String> ROLES = List.of("anonymous", "officer", "appraiser", "leader", "admin");
    private static final Set<OddInput> REFUSED = EnumSet.of(OddInput.NUL, OddInput.ORDINAL, OddInput.FRACTION,
            OddInput.HUGE, OddInput.HUGE_INTEGER, OddInput.SCRIPT_URL, OddInput.MALFORMED);

    @LocalServerPort
    int port;

    final AidFixtures fixtures = new AidFixtures(new AidTeam());
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void recordsForEveryPathVariable() {
        long item = fixtures.projectIn(port, "Dự án thăm dò API", AidStatus.APPROVED);
        String officer = fixtures.team().officer().token();
        String admin = fixtures.team().admin().token();
        pathValues.put("itemId", Long.toString(item));
        pathValues.put("opinionId", first(item, "/opinions", officer));
        pathValues.put("documentId", first(item, "/documents", officer));
        pathValues.put("transactionId", created(item, "/transactions", officer, """
                {"kind":"COMMITMENT","valueDate":"%s","amount":1000,"currency":"USD"}"""
                .formatted(vn.vientro.testing.Today.inProvince())));
        String result = created(item, "/results", admin, "{\"level\":\"OUTPUT\",\"titleVi\":\"Kết quả thăm dò\"}");
        pathValues.put("resultId", result);
        String indicator = created(item, "/results/" + result + "/indicators", admin,
                "{\"titleVi\":\"Chỉ số thăm dò\",\"measure\":\"UNIT\",\"unit\":\"người\"}");
        pathValues.put("indicatorId", indicator);
        pathValues.put("periodId", created(item, "/indicators/" + indicator + "/periods", admin,
                "{\"start\":\"2026-01-01\",\"end\":\"2026-12-31\",\"targetValue\":10}"));
        pathValues.put("action", "approve");
        pathValues.put("set", "CURRENT");
        pathValues.put("code", "25");
        pathValues.put("list", "currency");
        pathValues.put("dutyId", Long.toString(vn.vientro.monitoring.Duties.first(port, fixtures.team(), item,
                vn.vientro.monitoring.DutyKind.PROGRESS_HALF_YEAR)));
        // a draft of the officer's agency, which the officer may still change
        pathValues.put("needId", Long.toString(vn.vientro.mobilisation.Needs.aNeedOf(fixtures.team().officer())
                .draft()));
        // a draft version of the catalogue, which the appraisal lead compiles and a leader approves
        pathValues.put("versionId", Long.toString(vn.vientro.mobilisation.CatalogueVersions.draft(
                vn.vientro.mobilisation.CatalogueVersions.aPeriod())));
        idsOfTheirOwn();
    }

    /** Paths of the registry, the agencies and the rates share {@code {id}}: each gets a record of its own. */
    private void idsOfTheirOwn() {
        ids.put("/api/v1/contacts", Long.toString(People.aContact(ContactKind.EXPERT, "Người thăm dò").add()));
        ids.put("/api/v1/agencies", Long.toString(ProvinceAgencies.newLineDepartment().id()));
        ids.put("/api/v1/permits", Long.toString(java.util.Objects.requireNonNull(fixtures.team().donor().permitId())));
        HttpResponse<String> rate = WebClient.api(port, "POST", "/api/v1/exchange-rates",
                fixtures.team().admin().token(), "{\"currency\":\"ZMW\",\"rateDate\":\"2026-01-01\","
                        + "\"vndPerUnit\":1000,\"source\":\"Thăm dò\"}");
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(201);
        ids.put("/api/v1/exchange-rates", AidFixtures.read(rate.body()).path("id").asString());
        ids.put("", Long.toString(fixtures.team().donor().id()));
    }

    private String id(String path) {
        return ids.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
    }

    @Test
    void noOddInputMakesTheServerFail() {
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int requests = 0;
        List<ApiDocument.Operation> operations = ApiDocument.read(port, fixtures.team().focal()).operations();
        ApiDocument document = ApiDocument.read(port, fixtures.team().focal());
        Map<String, Integer> inputs = new LinkedHashMap<>();
        for (ApiDocument.Operation operation : operations) {
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put("id", id(operation.path()));
            List<Probe> probes = probes(document, operation, values);
            inputs.put(operation.key(), probes.size());
            for (Probe probe : probes) {
                for (String role : ROLES) {
                    String token = "anonymous".equals(role) ? null : fixtures.team().named(role).token();
                    HttpResponse<String> answer = ApiDocument.call(port, operation.method(), probe.path(), token,
                            probe.contentType(), probe.body());
                    requests++;
                    String cell = operation.key() + " [" + probe.name() + "] " + role + ": " + answer.statusCode();
                    if (answer.statusCode() >= 500) {
                        failures.add(cell + " " + abbreviated(answer.body()));
                    } else if (answer.statusCode() < 300 && probe.mustBeRefused()) {
                        accepted.add(cell);
                    }
                }
            }
        }
        System.out.printf("API probe: %d operations, %d inputs, %d roles, %d requests, %d answers 5xx%n",
                operations.size(), inputs.values().stream().mapToInt(Integer::intValue).sum(), ROLES.size(), requests,
                failures.size());
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(failures).as("answers 5xx").isEmpty();
            soft.assertThat(accepted).as("odd input accepted").isEmpty();
        });
    }

    private List<Probe> probes(ApiDocument document, ApiDocument.Operation operation, Map<String, String> values) {
        List<Probe> probes = new ArrayList<>();
        String path = ApiDocument.path(operation, values, "987654");
        if (operation.hasPathVariables()) {
            for (String odd : OddInput.PATH_VALUES) {
                probes.add(new Probe("path " + odd, null, ApiDocument.path(operation, Map.of(), odd), null, null));
            }
        }
        for (OddInput kind : OddInput.values()) {
            String query = kind.query(document, operation.query());
            if (query != null) {
                probes.add(new Probe("query " + kind, kind, path + query, null, null));
            }
            if (operation.json() != null) {
                kind.bodies(document, operation.json()).forEach((name, body) -> probes.add(new Probe("body " + name,
                        kind, path, "application/json", body.getBytes(StandardCharsets.UTF_8))));
            }
            if (operation.multipart() != null) {
                String body = kind.multipart(document, operation.multipart(), "vientro-probe");
                if (body != null) {
                    probes.add(new Probe("multipart " + kind, kind, path, "multipart/form-data; boundary=vientro-probe",
                            body.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return probes;
    }

    private record Probe(String name, OddInput kind, String path, String contentType, byte[] body) {

        /** Any text may hold digits or a fraction, but no parameter a NUL, and no body any of the refused kinds. */
        boolean mustBeRefused() {
            return kind == OddInput.NUL || body != null && REFUSED.contains(kind);
        }
    }

    private String first(long item, String list, String token) {
        JsonNode answer = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/aid-items/" + item + list, token, null)
                .body());
        return answer.isArray() && !answer.isEmpty() ? answer.get(0).path("id").asString() : "987654";
    }

    private String created(long item, String path, String token, String json) {
        HttpResponse<String> answer = WebClient.api(port, "POST", "/api/v1/aid-items/" + item + path, token, json);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(200, 201);
        return AidFixtures.read(answer.body()).path("id").asString();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
