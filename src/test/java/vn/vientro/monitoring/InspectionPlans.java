package vn.vientro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.WebClient;

/** Plans and moves inspections over the API as the focal point and the team would, for other tests. */
public final class InspectionPlans {

    /** A leader, who reads every inspection: to learn the version a step is posted at. */
    private static Staff reader;

    private InspectionPlans() {
    }

    private static synchronized Staff reader() {
        if (reader == null) {
            reader = Staff.leader();
        }
        return reader;
    }

    /** A scheduled inspection of an approved item this year, by the given team of staff; returns its id. */
    public static long ofItem(int port, Staff focal, long itemId, String title, List<Staff> team) {
        LocalDate today = LocalDate.now();
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/inspections", focal.token(), """
                {"planYear": %d, "type": "SCHEDULED", "title": "%s", "subjectKind": "AID_ITEM", "aidItemId": %d,
                 "startsOn": "%s", "endsOn": "%s", "teamUserIds": [%s],
                 "outsideMembers": "Nguyễn Văn Mặt Trận, Ủy ban MTTQ tỉnh"}""".formatted(today.getYear(), title,
                itemId, today, today.plusDays(4),
                team.stream().map(staff -> Long.toString(staff.id())).collect(Collectors.joining(","))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }

    /** Posts a step ({@code start}, {@code conclude}) at the inspection's current version; returns the answer. */
    public static HttpResponse<String> step(int port, long inspection, String step, Staff who, String conclusion) {
        long version = get(port, inspection, reader()).path("version").asLong();
        return WebClient.api(port, "POST", "/api/v1/inspections/" + inspection + "/" + step, who.token(),
                "{\"version\": %d, \"conclusion\": %s}".formatted(version,
                        conclusion == null ? "null" : "\"" + conclusion + "\""));
    }

    public static JsonNode get(int port, long inspection, Staff who) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/inspections/" + inspection,
                who.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }
}
