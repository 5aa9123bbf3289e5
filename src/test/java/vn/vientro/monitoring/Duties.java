package vn.vientro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.WebClient;

/** Finds an approved item's generated duties, as the focal point reads them over the API, for other tests. */
public final class Duties {

    private Duties() {
    }

    /** The item's first duty of the kind (by due date), once its generation has run. */
    public static long first(int port, AidTeam team, long item, DutyKind kind) {
        Events.settle();
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/report-duties?item=" + item + "&kind="
                + kind, team.focal().token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode rows = AidFixtures.read(response.body()).path("rows");
        assertThat(rows).as("duties of item " + item).isNotEmpty();
        return rows.get(0).path("id").asLong();
    }
}
