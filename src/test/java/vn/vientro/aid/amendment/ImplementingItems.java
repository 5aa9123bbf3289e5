package vn.vientro.aid.amendment;

import java.net.http.HttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.testing.WebClient;

/**
 * Creates aid items through the item API and moves them through the lifecycle up to implementation, as the members
 * of the fixtures' team would: the aid owner's officer, the appraisal lead and the leader.
 */
final class ImplementingItems {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final JdbcClient jdbc;
    private final vn.vientro.aid.AidFixtures fixtures;

    ImplementingItems(int port, JdbcClient jdbc, vn.vientro.aid.AidFixtures fixtures) {
        this.port = port;
        this.jdbc = jdbc;
        this.fixtures = fixtures;
    }

    /** An item of 100,000 USD, 1 Jan 2026 – 31 Dec 2027, health 60 % / STD control 40 %, in Vĩnh Phúc ward. */
    long implementing(String name) {
        long id = draft(name);
        fixtures.moveTo(port, id, vn.vientro.aid.AidStatus.IMPLEMENTING);
        return id;
    }

    /** Approved today, along the normal path. */
    long approved(String name) {
        long id = draft(name);
        fixtures.moveTo(port, id, vn.vientro.aid.AidStatus.APPROVED);
        return id;
    }

    long draft(String name) {
        String body = """
                {"kind":"TECHNICAL_ASSISTANCE","deliveryForm":"CASH","nameVi":"%s","donorId":%d,
                 "ownerAgencyId":%d,"governingAgencyId":%d,"plannedStart":"2026-01-01","plannedEnd":"2027-12-31",
                 "totalAmount":100000,"totalCurrency":"USD","objectivesVi":"Nâng cao năng lực y tế cơ sở",
                 "sectors":[{"sectorCode":"12220","percent":60},{"sectorCode":"13040","percent":40}],
                 "locations":[{"communeCode":"08716","percent":100}],
                 "contacts":[{"fullName":"Hoàng Thu Hà","position":"Chuyên viên","phone":"0210 3846 123"}]}
                """.formatted(name, fixtures.team().donor().id(), fixtures.team().owner().id(),
                fixtures.team().governing().id());
        return fixtures.draft(port, fixtures.team().officer().token(), body); // with the papers a submission needs
    }

    /** The item's latest version of its description, in the item API's shape, to change and propose. */
    ObjectNode latestSnapshot(long id) {
        JsonNode versions = JSON.readTree(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/versions",
                fixtures.team().officer().token(), null).body());
        return (ObjectNode) versions.get(versions.size() - 1).get("snapshot");
    }

    /** Proposes a changed description (with the item's version and a reason) as the given user. */
    HttpResponse<String> propose(long id, String user, ObjectNode description, String reason) {
        ObjectNode body = description.deepCopy();
        body.put("version", version(id));
        body.put("reason", reason);
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/amendments",
                fixtures.team().named(user).token(), body.toString());
    }

    long version(long id) {
        return jdbc.sql("select version from aid.aid_item where id = :id").param("id", id).query(Long.class).single();
    }

    String status(long id) {
        return jdbc.sql("select status from aid.aid_item where id = :id").param("id", id).query(String.class).single();
    }
}
