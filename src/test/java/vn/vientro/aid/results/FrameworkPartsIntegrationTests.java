package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A result, an indicator and a period are three aggregates, each saved at the version it was loaded at: of two saves
 * from the same version the later fails, a part removed meanwhile cannot be saved into, and adding parts under a result
 * leaves the result's version as it was.
 */
@VientroIntegrationTest
class FrameworkPartsIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures aid = new AidFixtures(team);
    @Autowired
    FrameworkResultRepository results;
    @Autowired
    FrameworkIndicatorRepository indicators;
    @Autowired
    FrameworkPeriodRepository periods;
    @Autowired
    ResultsQueries queries;

    @Test
    void ofTwoSavesFromTheSameVersionTheLaterFailsAndTheFirstStays() {
        long id = aid.draftProject(port, "Khung kết quả lưu tranh nhau");
        long indicator = classrooms(id, created(post(id, "/results", "{\"level\":\"OUTPUT\",\"titleVi\":\"Đầu ra\"}")));
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        long period = created(post(id, "/indicators/" + indicator + "/periods",
                "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":10}".formatted(start, end)));
        FrameworkPeriod first = periods.findById(period).orElseThrow();
        FrameworkPeriod second = periods.findById(period).orElseThrow();

        first.retarget(IndicatorMeasure.UNIT, target(start, end, "12"), List.of(), Today.inProvince(), d -> d);
        periods.save(first);
        second.retarget(IndicatorMeasure.UNIT, target(start, end, "14"), List.of(), Today.inProvince(), d -> d);

        assertThatThrownBy(() -> periods.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        IndicatorPeriod saved = queries.period(period).orElseThrow();
        assertThat(saved.targetValue()).isEqualByComparingTo("12");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void aPartRemovedWithItsResultCannotBeSavedIntoAndAddingPartsLeavesTheResultsVersion() {
        long id = aid.draftProject(port, "Khung kết quả xóa giữa chừng");
        long result = created(post(id, "/results", "{\"level\":\"OUTCOME\",\"titleVi\":\"Kết quả\"}"));
        long indicator = classrooms(id, result);
        assertThat(queries.result(result).orElseThrow().version()).as("an indicator added under it").isZero();
        FrameworkIndicator held = indicators.findById(indicator).orElseThrow();

        results.delete(results.findById(result).orElseThrow());
        held.redefine(new IndicatorInput("Số lớp học mới", null, IndicatorMeasure.UNIT, "lớp", true, null, null, null),
                false, Today.inProvince());

        assertThatThrownBy(() -> indicators.save(held)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(queries.indicator(indicator)).as("removed with its result").isEmpty();
    }

    private long classrooms(long id, long result) {
        return created(post(id, "/results/" + result + "/indicators",
                "{\"titleVi\":\"Số lớp học\",\"measure\":\"UNIT\",\"unit\":\"lớp\"}"));
    }

    private static TargetInput target(LocalDate start, LocalDate end, String value) {
        return new TargetInput(start, end, new BigDecimal(value), null);
    }

    private HttpResponse<String> post(long id, String path, String json) {
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + id + path, team.officer().token(), json);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }
}
