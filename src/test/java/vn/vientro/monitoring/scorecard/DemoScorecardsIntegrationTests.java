package vn.vientro.monitoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.WebClient;

/** The demo's duties, inspections and suspension give scorecards that differ, so the ranking has something to rank. */
@DemoIntegrationTest
class DemoScorecardsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoRanksNgosAndAidOwnersWithDifferentScores() {
        Events.settle();
        Awaitility.await("demo scorecards").atMost(Duration.ofSeconds(30))
                .until(() -> !ranking().path("owners").isEmpty());
        JsonNode ranking = ranking();
        Set<Integer> scores = new HashSet<>();
        ranking.path("ngos").forEach(card -> scores.add(card.path("score").asInt()));
        ranking.path("owners").forEach(card -> scores.add(card.path("score").asInt()));
        assertThat(ranking.path("ngos")).isNotEmpty();
        assertThat(scores).as("scores of this year's cards").hasSizeGreaterThanOrEqualTo(3);
        assertThat(scores).anyMatch(score -> score < ScoreRules.ATTENTION_BELOW);
    }

    private JsonNode ranking() {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/scorecards", "demo-focal", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }
}
