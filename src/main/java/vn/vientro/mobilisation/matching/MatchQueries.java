package vn.vientro.mobilisation.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.NeedStatus;

/** The needs as matching reads them: one need's criteria, or every published need's. */
@Component
@Transactional(readOnly = true)
class MatchQueries {

    private static final String SELECT = """
            select id, title_vi, title_en, status, priority_field, sectors, communes from mobilisation.need
            """;

    private final JdbcClient jdbc;

    MatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NeedCriteria> criteria(long needId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", needId).query(MatchQueries::criteria).optional();
    }

    List<NeedCriteria> published() {
        return jdbc.sql(SELECT + " where status = 'PUBLISHED' order by id").query(MatchQueries::criteria).list();
    }

    private static NeedCriteria criteria(ResultSet rs, int row) throws SQLException {
        return new NeedCriteria(rs.getLong("id"), rs.getString("title_vi"), rs.getString("title_en"),
                NeedStatus.valueOf(rs.getString("status")), rs.getString("priority_field"),
                strings(rs.getArray("sectors")), strings(rs.getArray("communes")));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
