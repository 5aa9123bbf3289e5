package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the year's inspections for their list, and what the permission rules ask of one. */
@Component
@Transactional(readOnly = true)
public class InspectionQueries {

    private final JdbcClient jdbc;

    InspectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InspectionFacts> facts(long inspectionId) {
        Set<String> team = new HashSet<>(jdbc.sql("""
                select username from monitoring.inspection_member where inspection_id = :id and username is not null
                """).param("id", inspectionId).query(String.class).list());
        return jdbc.sql("select id, status, owner_agency_id from monitoring.inspection where id = :id")
                .param("id", inspectionId)
                .query((rs, row) -> new InspectionFacts(rs.getLong("id"),
                        InspectionStatus.valueOf(rs.getString("status")), (Long) rs.getObject("owner_agency_id"),
                        Set.copyOf(team)))
                .optional();
    }

    /**
     * The year's inspections by their first day; with a scope, only those of the agency inspected or whose team the
     * user is on (unscoped for who reads them all).
     */
    List<InspectionRow> list(int year, OptionalLong agencyScope, @Nullable String member) {
        return jdbc.sql("""
                select i.id, i.plan_year, i.type, i.title, i.subject_kind,
                       coalesce(i.aid_item_id, i.organisation_id, i.agency_id) as subject_id,
                       i.starts_on, i.ends_on, i.status
                  from monitoring.inspection i
                 where i.plan_year = :year
                   and (cast(:member as text) is null
                        or i.owner_agency_id = cast(:agency as bigint)
                        or exists (select 1 from monitoring.inspection_member m
                                    where m.inspection_id = i.id and m.username = :member))
                 order by i.starts_on, i.id
                """).param("year", year).param("member", member)
                .param("agency", agencyScope.isPresent() ? agencyScope.getAsLong() : null)
                .query((rs, row) -> new InspectionRow(rs.getLong("id"), rs.getInt("plan_year"),
                        InspectionType.valueOf(rs.getString("type")), rs.getString("title"),
                        SubjectKind.valueOf(rs.getString("subject_kind")), (Long) rs.getObject("subject_id"), "",
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        InspectionStatus.valueOf(rs.getString("status")))).list();
    }

    /** The years that have inspections, latest first, for the list's choice of year. */
    List<Integer> years() {
        return jdbc.sql("select distinct plan_year from monitoring.inspection order by plan_year desc")
                .query(Integer.class).list();
    }
}
