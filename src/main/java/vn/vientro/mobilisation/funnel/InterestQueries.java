package vn.vientro.mobilisation.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the funnel: interests with their need's title, their steps, the board's counts. */
@Component
@Transactional(readOnly = true)
class InterestQueries {

    private static final String ROWS = """
            select i.id, i.version, i.need as need_id, n.title_vi, n.title_en, i.organisation_id, i.stage,
                   (select max(s.on_date) from mobilisation.interest_step s where s.interest = i.id) as since,
                   i.contact_person, i.came_from, i.aid_item_id, i.source, i.enquirer_name, i.enquirer_country,
                   i.enquirer_email, i.enquirer_phone
              from mobilisation.interest i join mobilisation.need n on n.id = i.need
            """;

    private final JdbcClient jdbc;

    InterestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The raw rows of one need's interests, or of all needs' with {@code needId} null; names filled by the caller. */
    List<Raw> rows(@Nullable Long needId) {
        return jdbc.sql(ROWS + " where (cast(:need as bigint) is null or i.need = :need) order by since desc, i.id desc")
                .param("need", needId, java.sql.Types.BIGINT).query(InterestQueries::raw).list();
    }

    List<InterestStepRow> steps(long needId) {
        return jdbc.sql("""
                select s.interest as interest_id, s.stage, s.on_date, s.note, s.actor
                  from mobilisation.interest_step s join mobilisation.interest i on i.id = s.interest
                 where i.need = :need order by s.interest, s.interest_key
                """).param("need", needId).query(InterestStepRow.class).list();
    }

    /**
     * How many interests stand at each stage now and how many ever reached it or a later one (a declined interest
     * counts for the stages it passed), as a share of all interests: the funnel's conversion.
     */
    List<FunnelStage> board() {
        Map<InterestStage, Long> standing = new EnumMap<>(InterestStage.class);
        jdbc.sql("select stage, count(*) as n from mobilisation.interest group by stage")
                .query((rs, n) -> standing.put(InterestStage.valueOf(rs.getString("stage")), rs.getLong("n"))).list();
        long everyone = standing.values().stream().mapToLong(Long::longValue).sum();
        InterestStage[] funnel = InterestStage.funnel();
        long[] furthest = furthestReached(funnel);
        List<FunnelStage> board = new ArrayList<>();
        long atOrBeyond = 0;
        for (int i = funnel.length - 1; i >= 0; i--) {
            atOrBeyond += furthest[i];
            board.add(0, new FunnelStage(funnel[i], standing.getOrDefault(funnel[i], 0L), atOrBeyond,
                    percent(atOrBeyond, everyone)));
        }
        long declined = standing.getOrDefault(InterestStage.DECLINED, 0L);
        board.add(new FunnelStage(InterestStage.DECLINED, declined, declined, percent(declined, everyone)));
        return board;
    }

    /** How many interests went furthest to each stage of the funnel, in its order (one query, not one per stage). */
    private long[] furthestReached(InterestStage[] funnel) {
        List<String> order = Arrays.stream(funnel).map(Enum::name).toList();
        long[] counts = new long[funnel.length];
        jdbc.sql("""
                select furthest, count(*) as n
                  from (select max(array_position(cast(:order as text[]), stage)) as furthest
                          from mobilisation.interest_step group by interest) reached
                 where furthest is not null group by furthest
                """).param("order", order.toArray(String[]::new))
                .query((rs, n) -> counts[rs.getInt("furthest") - 1] = rs.getLong("n")).list();
        return counts;
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static Raw raw(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long organisation = rs.getLong("organisation_id");
        Long organisationId = rs.wasNull() ? null : organisation;
        long aidItem = rs.getLong("aid_item_id");
        Long aidItemId = rs.wasNull() ? null : aidItem;
        String enquirerName = rs.getString("enquirer_name");
        Enquirer enquirer = enquirerName == null ? null : new Enquirer(enquirerName, rs.getString("enquirer_country"),
                rs.getString("enquirer_email"), rs.getString("enquirer_phone"));
        return new Raw(rs.getLong("id"), rs.getLong("version"), rs.getLong("need_id"), rs.getString("title_vi"),
                rs.getString("title_en"), organisationId, InterestStage.valueOf(rs.getString("stage")),
                rs.getObject("since", java.time.LocalDate.class), rs.getString("contact_person"),
                rs.getString("came_from"), aidItemId, InterestSource.valueOf(rs.getString("source")), enquirer);
    }

    record Raw(long id, long version, long needId, String titleVi, @Nullable String titleEn,
               @Nullable Long organisationId, InterestStage stage, java.time.LocalDate since,
               @Nullable String contactPerson, @Nullable String cameFrom, @Nullable Long aidItemId,
               InterestSource source, @Nullable Enquirer enquirer) {
    }
}
