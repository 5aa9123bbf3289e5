package vn.vientro.registry.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

/**
 * Every organisation that may fund aid, with what it declares and the periods of its valid papers, read in two
 * statements for {@link Funders}' snapshot: Vietnamese agencies and partners receive aid, they do not give it.
 */
@Component
@Transactional(readOnly = true)
class FunderQueries {

    private final JdbcClient jdbc;

    FunderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Funders.Funder> all() {
        Map<Long, List<Funders.Paper>> papers = new HashMap<>();
        jdbc.sql("select organisation, valid_from, valid_until from registry.permit where status = 'VALID'")
                .query((rs, row) -> papers.computeIfAbsent(rs.getLong("organisation"), id -> new ArrayList<>())
                        .add(new Funders.Paper(rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_until", LocalDate.class)))).list();
        return jdbc.sql("""
                select o.id, o.name_original, o.name_vi, o.name_en, o.kind, o.status, o.priority_fields,
                       o.sector_codes, o.commune_codes
                  from registry.organisation o
                 where o.kind not in ('VIETNAMESE_AGENCY', 'VIETNAMESE_PARTNER')
                """).query((rs, row) -> funder(rs, papers.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private static Funders.Funder funder(ResultSet rs, List<Funders.Paper> papers) throws SQLException {
        return new Funders.Funder(rs.getLong("id"), rs.getString("name_original"), rs.getString("name_vi"),
                rs.getString("name_en"), OrganisationKind.valueOf(rs.getString("kind")),
                OrganisationStatus.valueOf(rs.getString("status")), strings(rs.getArray("priority_fields")),
                strings(rs.getArray("sector_codes")), strings(rs.getArray("commune_codes")), List.copyOf(papers));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
