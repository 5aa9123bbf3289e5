package vn.vientro.identity.agency;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.identity.AgencyView;

/** Agencies as pages and other modules read them, each with the body that carries on its duties, if any. */
@Component
public class AgencyQueries {

    private static final String VIEW_SQL = """
            select a.id, a.version, a.code, a.name_vi, a.name_en, a.short_name, a.kind, a.focal_point,
                   a.appraisal_lead, a.active, a.email, a.phone, a.address, a.head_title_vi, a.head_title_en,
                   s.successor_id, sa.name_vi as successor_name_vi, s.effective_on as succeeded_on
              from identity.agency a
              left join identity.agency_succession s on s.predecessor_id = a.id
              left join identity.agency sa on sa.id = s.successor_id
            """;

    private final JdbcClient jdbc;

    AgencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active agencies first, then by Vietnamese name. */
    public List<AgencyView> all() {
        return jdbc.sql(VIEW_SQL + " order by a.active desc, a.name_vi collate \"vi-x-icu\"")
                .query(AgencyView.class).list();
    }

    public Optional<AgencyView> find(long id) {
        return jdbc.sql(VIEW_SQL + " where a.id = :id").param("id", id).query(AgencyView.class).optional();
    }

    public List<AgencyView> activeFocalPoints() {
        return jdbc.sql(VIEW_SQL + " where a.focal_point and a.active order by a.id").query(AgencyView.class).list();
    }

    /** Whether another agency than {@code exceptId} has this code, in any letter case. */
    public boolean codeTaken(String code, @Nullable Long exceptId) {
        return jdbc.sql("select exists(select 1 from identity.agency where lower(code) = lower(:code) "
                        + "and id is distinct from cast(:id as bigint))")
                .param("code", code.trim()).param("id", exceptId).query(Boolean.class).single();
    }
}
