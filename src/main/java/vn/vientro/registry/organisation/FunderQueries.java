package vn.vientro.registry.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

/**
 * Organisations as possible funders, in one statement however many there are: the mobilisation module ranks them for
 * each need and must not read the registry's tables itself.
 */
@Component
@Transactional(readOnly = true)
public class FunderQueries {

    // Vietnamese agencies and partners receive aid, they do not give it; the papers are joined once, not looked up
    // per organisation, and the named ones hashed: thousands of organisations are read for each need
    private static final String SELECT = """
            select o.id, o.name_original, o.name_vi, o.name_en, o.kind, o.status, o.priority_fields, o.sector_codes,
                   o.commune_codes, p.paper_until
              from registry.organisation o
              left join (select organisation, max(valid_until) as paper_until from registry.permit
                          where status = 'VALID' and valid_from <= :today and valid_until >= :today
                          group by organisation) p on p.organisation = o.id
             where o.kind not in ('VIETNAMESE_AGENCY', 'VIETNAMESE_PARTNER')
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    FunderQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The organisations declaring the priority field, a sector of one of the DAC categories (3 digits) or one of the
     * communes, and the ones named, whatever they declare.
     */
    public List<FunderProfile> declaringOrNamed(@Nullable String priorityField, Collection<String> sectorCategories,
                                                Collection<String> communeCodes, Collection<Long> organisationIds) {
        return jdbc.sql(SELECT + """
                   and (cast(:field as text) = any(o.priority_fields)
                        or exists (select 1 from unnest(o.sector_codes) c
                                    where left(c, 3) = any(cast(:categories as text[])))
                        or o.commune_codes && cast(:communes as text[])
                        or o.id in (select unnest(cast(:ids as bigint[]))))
                """).param("today", LocalDate.now(clock)).param("field", priorityField)
                .param("categories", sectorCategories.toArray(String[]::new))
                .param("communes", communeCodes.toArray(String[]::new))
                .param("ids", organisationIds.toArray(Long[]::new)).query(FunderQueries::profile).list();
    }

    private static FunderProfile profile(ResultSet rs, int row) throws SQLException {
        return new FunderProfile(rs.getLong("id"), rs.getString("name_original"), rs.getString("name_vi"),
                rs.getString("name_en"), OrganisationKind.valueOf(rs.getString("kind")),
                OrganisationStatus.valueOf(rs.getString("status")), strings(rs.getArray("priority_fields")),
                strings(rs.getArray("sector_codes")), strings(rs.getArray("commune_codes")),
                rs.getObject("paper_until", LocalDate.class));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
