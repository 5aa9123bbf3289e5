package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every aid item as matching an outside record (an IATI activity) to an item needs it: its IATI identifier, its names
 * and what a score weighs besides them (donor, start, amount). Every item counts, drafts too: an activity already
 * drafted once must not be drafted again.
 */
@Component
@Transactional(readOnly = true)
public class ItemMatchQueries {

    private final JdbcClient jdbc;

    ItemMatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item as matching sees it. */
    public record MatchableItem(long id, long donorId, @Nullable String iatiIdentifier, String nameVi,
                                @Nullable String nameEn, @Nullable String nameOriginal,
                                @Nullable LocalDate plannedStart, BigDecimal totalAmount, String totalCurrency) {
    }

    /** Hands every item to the consumer in id order, a few hundred rows fetched at a time rather than all at once. */
    public void forEach(Consumer<MatchableItem> consumer) {
        jdbc.sql("""
                select id, donor_id, iati_identifier, name_vi, name_en, name_original, planned_start, total_amount,
                       total_currency
                  from aid.aid_item
                 order by id
                """).withFetchSize(500).query((RowCallbackHandler) rs -> consumer.accept(new MatchableItem(rs.getLong("id"),
                rs.getLong("donor_id"), rs.getString("iati_identifier"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("name_original"),
                rs.getObject("planned_start", LocalDate.class), rs.getBigDecimal("total_amount"),
                rs.getString("total_currency"))));
    }
}
