package vn.vientro.aid.money;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aid items for the money tests, created and moved only through the API as users would: drafted by the officer of
 * the team's aid owner, appraised by the finance department, decided by the leader.
 */
public final class MoneyFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final int port;
    private final long donorId;
    private final long health;
    private final long province;
    final List<String> communes;

    private final vn.vientro.aid.AidFixtures aid;

    public MoneyFixtures(int port, vn.vientro.aid.AidFixtures aid) {
        this.port = port;
        this.aid = aid;
        AidTeam team = aid.team();
        this.donorId = team.donor().id();
        this.health = team.owner().id();
        this.province = team.governing().id();
        this.communes = ApplicationUnderTest.bean(AdminUnits.class).list(UnitSet.CURRENT, null, "25", 400).stream()
                .filter(AdminUnit::isCommune).map(AdminUnit::code).limit(3).toList();
    }

    public static LocalDate today() {
        return vn.vientro.testing.Today.inProvince();
    }

    static final String SECTORS = """
            [{"sectorCode": "12220", "percent": 33.33}, {"sectorCode": "12230", "percent": 33.33},
             {"sectorCode": "12240", "percent": 33.34}]""";

    /** A draft of the aid owner worth {@code total}, on 3 sectors (33.33/33.33/33.34) and 2 communes. */
    long draft(String total, String currency, String extraJson) {
        // through AidFixtures, which brings the papers a submission needs
        return aid.draft(port, aid.team().officer().token(), body(total, currency, SECTORS, locations(60, 40),
                extraJson));
    }

    /** Describes a draft anew with other sectors and communes, through the item API. */
    void describe(long id, String sectorsJson, String locationsJson) {
        HttpResponse<String> updated = WebClient.api(port, "PUT", "/api/v1/aid-items/" + id, aid.team().officer().token(),
                body("100000", "USD", sectorsJson, locationsJson, ", \"version\": " + version(id)));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    }

    String locations(int first, int second) {
        return """
                [{"communeCode": "%s", "percent": %d}, {"communeCode": "%s", "percent": %d}]"""
                .formatted(communes.get(0), first, communes.get(1), second);
    }

    private String body(String total, String currency, String sectors, String locations, String extraJson) {
        return """
                {"kind": "TECHNICAL_ASSISTANCE", "deliveryForm": "CASH", "nameVi": "Nâng cao năng lực y tế cơ sở",
                 "donorId": %d, "ownerAgencyId": %d, "governingAgencyId": %d,
                 "plannedStart": "%s", "plannedEnd": "%s", "totalAmount": %s, "totalCurrency": "%s",
                 "objectivesVi": "Đào tạo cán bộ y tế xã", "sectors": %s, "locations": %s%s}
                """.formatted(donorId, health, province, today(), today().plusYears(2), total, currency, sectors,
                locations, extraJson);
    }

    long draft() {
        return draft("100000", "USD", "");
    }

    /** Moves a fresh draft along the lifecycle until it stands in {@code target}. */
    public long itemIn(AidStatus target) {
        long id = draft();
        moveTo(id, target);
        return id;
    }

    /** Moves the item along the path to {@code target}, from wherever on that path it stands now. */
    void moveTo(long id, AidStatus target) {
        aid.moveTo(port, id, target);
    }

    long version(long id) {
        return item(id).path("item").path("version").asLong();
    }

    String status(long id) {
        return item(id).path("item").path("status").asString();
    }

    private JsonNode item(long id) {
        return json(WebClient.api(port, "GET", "/api/v1/aid-items/" + id, aid.team().focal().token(), null));
    }

    /** Records a transaction through the API as {@code token}; the JSON fields after kind, date, amount, currency. */
    public HttpResponse<String> post(long id, String token, String kind, LocalDate date, String amount, String currency,
                                     String extraJson) {
        String body = """
                {"kind": "%s", "valueDate": "%s", "amount": %s, "currency": "%s"%s}
                """.formatted(kind, date, amount, currency, extraJson);
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transactions", token, body);
    }

    JsonNode money(long id, String token) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/transactions",
                token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
