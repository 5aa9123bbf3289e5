package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of pledges: with their need's title and activity's, one year's or one need's; the activities. */
@Component
@Transactional(readOnly = true)
class PledgeQueries {

    private static final String ROWS = """
            select p.id, p.version, p.need as need_id, n.title_vi, n.title_en, p.organisation_id,
                   p.activity as activity_id, a.title as activity_title, p.amount, p.currency, p.amount_vnd,
                   p.pledged_on, p.expected_on, p.note, p.state, p.aid_item_id, p.recorded_by
              from mobilisation.pledge p
              join mobilisation.need n on n.id = p.need
              left join mobilisation.plan_activity a on a.id = p.activity
            """;

    private final JdbcClient jdbc;

    PledgeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pledges of a year (by the day pledged) and of a need, either open; newest first. */
    List<Raw> rows(@Nullable Integer year, @Nullable Long needId) {
        return jdbc.sql(ROWS + """
                 where (cast(:year as integer) is null or extract(year from p.pledged_on) = :year)
                   and (cast(:need as bigint) is null or p.need = :need)
                 order by p.pledged_on desc, p.id desc
                """).param("year", year, java.sql.Types.INTEGER).param("need", needId, java.sql.Types.BIGINT)
                .query(Raw.class).list();
    }

    Optional<Raw> row(long pledgeId) {
        return jdbc.sql(ROWS + " where p.id = :id").param("id", pledgeId).query(Raw.class).optional();
    }

    /** The years pledges were made in, newest first. */
    List<Integer> years() {
        return jdbc.sql("""
                select distinct cast(extract(year from pledged_on) as integer) from mobilisation.pledge order by 1 desc
                """).query(Integer.class).list();
    }

    Optional<String> activityTitle(long activityId) {
        return jdbc.sql("select title from mobilisation.plan_activity where id = :id").param("id", activityId)
                .query(String.class).optional();
    }

    /** The activities of the plans of the year and the year before, a pledge most often comes of. */
    List<ActivityChoice> activityChoices(int year) {
        return jdbc.sql("""
                select a.id, a.title, p.year from mobilisation.plan_activity a join mobilisation.plan p on p.id = a.plan
                 where p.year between :year - 1 and :year and a.status <> 'CANCELLED'
                 order by p.year desc, a.title collate "vi-x-icu"
                """).param("year", year).query(ActivityChoice.class).list();
    }

    /** The needs organisations are approached for: accepted into the compiled list, approved or published. */
    List<NeedChoice> needChoices() {
        return jdbc.sql("""
                select id, title_vi, title_en from mobilisation.need
                 where status in ('ACCEPTED', 'APPROVED', 'PUBLISHED') order by title_vi collate "vi-x-icu"
                """).query(NeedChoice.class).list();
    }

    /** A need as the pledge form offers it. */
    public record NeedChoice(long id, String titleVi, @Nullable String titleEn) {

        public String title(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
        }
    }

    /** A plan activity as the pledge form offers it. */
    public record ActivityChoice(long id, String title, int year) {
    }

    /** A pledge row as stored, before the organisation's name is added. */
    record Raw(long id, long version, long needId, String titleVi, @Nullable String titleEn, long organisationId,
               @Nullable Long activityId, @Nullable String activityTitle, BigDecimal amount, String currency,
               BigDecimal amountVnd, LocalDate pledgedOn, @Nullable LocalDate expectedOn, @Nullable String note,
               PledgeState state, @Nullable Long aidItemId, String recordedBy) {
    }
}
