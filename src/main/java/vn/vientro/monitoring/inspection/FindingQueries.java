package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads an inspection's findings with their evidence and recommendations; the service decides who may. */
@Component
@Transactional(readOnly = true)
class FindingQueries {

    private final JdbcClient jdbc;

    FindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FindingView> list(long inspectionId, LocalDate today, LongFunction<String> agencyName) {
        Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                select e.finding_id, e.file_id, e.file_name from monitoring.finding_evidence e
                  join monitoring.inspection_finding f on f.id = e.finding_id
                 where f.inspection_id = :id order by e.finding_id, e.position
                """).param("id", inspectionId).query((rs, row) -> evidence.computeIfAbsent(rs.getLong("finding_id"),
                        key -> new ArrayList<>()).add(Evidence.of(rs.getLong("file_id"), rs.getString("file_name"))))
                .list();
        Map<Long, List<RecommendationView>> made = new LinkedHashMap<>();
        jdbc.sql("select * from monitoring.inspection_recommendation where inspection_id = :id order by id")
                .param("id", inspectionId).query((rs, row) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    String status = rs.getString("status");
                    return made.computeIfAbsent(rs.getLong("finding_id"), key -> new ArrayList<>())
                            .add(new RecommendationView(rs.getLong("id"), rs.getLong("version"),
                                    rs.getLong("finding_id"), rs.getString("text"), rs.getLong("owner_agency_id"),
                                    agencyName.apply(rs.getLong("owner_agency_id")), deadline, status,
                                    rs.getObject("done_on", LocalDate.class), rs.getString("follow_up"),
                                    "OPEN".equals(status) && deadline.isBefore(today)));
                }).list();
        return jdbc.sql("select * from monitoring.inspection_finding where inspection_id = :id order by id")
                .param("id", inspectionId)
                .query((rs, row) -> new FindingView(rs.getLong("id"),
                        FindingCategory.valueOf(rs.getString("category")),
                        FindingSeverity.valueOf(rs.getString("severity")), rs.getString("description"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                        evidence.getOrDefault(rs.getLong("id"), List.of()), List.of()))
                .list().stream().map(finding -> finding.with(made.getOrDefault(finding.id(), List.of()))).toList();
    }
}
