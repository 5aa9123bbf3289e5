package vn.vientro.mobilisation.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of rewards: the list by year and form, one reward, an organisation's rewards, the years. */
@Component
@Transactional(readOnly = true)
class RewardQueries {

    // the latest decision first: the list is read to see what was just given
    private static final String ORDER = " order by decision_date desc, id desc";

    private final JdbcClient jdbc;

    RewardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RewardView> list(RewardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("true");
        if (filter.year() != null) {
            where.add("extract(year from decision_date) = :year");
            params.put("year", filter.year());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        return jdbc.sql("select * from mobilisation.reward where " + String.join(" and ", where) + ORDER)
                .params(params).query(RewardQueries::view).list();
    }

    Optional<RewardView> find(long id) {
        return jdbc.sql("select * from mobilisation.reward where id = :id").param("id", id)
                .query(RewardQueries::view).optional();
    }

    List<RewardView> ofOrganisation(long organisationId) {
        return jdbc.sql("select * from mobilisation.reward where recipient_organisation_id = :organisation" + ORDER)
                .param("organisation", organisationId).query(RewardQueries::view).list();
    }

    /** The years with a reward, newest first, for the list's filter. */
    List<Integer> years() {
        return jdbc.sql("select distinct extract(year from decision_date)::int from mobilisation.reward order by 1 desc")
                .query(Integer.class).list();
    }

    private static RewardView view(ResultSet rs, int n) throws SQLException {
        long organisation = rs.getLong("recipient_organisation_id");
        Long recipient = rs.wasNull() ? null : organisation; // before any other read: wasNull tells of the last one
        long contact = rs.getLong("recipient_contact_id");
        Long person = rs.wasNull() ? null : contact;
        return new RewardView(rs.getLong("id"), rs.getLong("version"), RewardKind.valueOf(rs.getString("kind")),
                IssuingLevel.valueOf(rs.getString("issuing_level")), recipient, null, person,
                rs.getString("recipient_name"), rs.getString("recipient_position"), rs.getString("reason"),
                rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate());
    }
}
