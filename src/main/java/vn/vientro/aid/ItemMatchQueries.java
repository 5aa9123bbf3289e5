package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the aid item an outside record (an IATI activity) describes: by its IATI identifier, else the items whose
 * names are most like its title, with what a caller needs to score them (donor, dates, amount). Every item counts,
 * drafts too: an activity already drafted once must not be drafted again.
 */
@Component
@Transactional(readOnly = true)
public class ItemMatchQueries {

    /** Below this trigram similarity of the names an item is not a candidate at all. */
    private static final double NAME_THRESHOLD = 0.3;

    private final JdbcClient jdbc;

    ItemMatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item as matching sees it; {@code nameSimilarity} is 1 for a match by identifier. */
    public record Candidate(long id, long version, String code, String status, String nameVi, @Nullable String nameEn,
                            @Nullable String nameOriginal, @Nullable String iatiIdentifier, long donorId,
                            @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, BigDecimal totalAmount,
                            String totalCurrency, double nameSimilarity) {
    }

    /** The item with this IATI identifier (compared trimmed and case-blind, as publishers vary). */
    public Optional<Candidate> byIatiIdentifier(String identifier) {
        return jdbc.sql(SELECT + """
                , 1.0 as name_similarity from aid.aid_item
                 where lower(btrim(iati_identifier)) = lower(btrim(:identifier))
                 order by id limit 1
                """).param("identifier", identifier).query(Candidate.class).optional();
    }

    /** The items whose names (any language, accents ignored) are most like the title, best first. */
    public List<Candidate> byName(String title, int limit) {
        if (title.isBlank()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                , greatest(similarity(lower(f_unaccent(name_vi)), lower(f_unaccent(:title))),
                           similarity(lower(f_unaccent(coalesce(name_en, ''))), lower(f_unaccent(:title))),
                           similarity(lower(f_unaccent(coalesce(name_original, ''))), lower(f_unaccent(:title))))
                       as name_similarity
                  from aid.aid_item
                 where aid.item_text(code, name_vi, name_en, iati_identifier) % lower(f_unaccent(:title))
                    or lower(f_unaccent(coalesce(name_original, ''))) % lower(f_unaccent(:title))
                 order by name_similarity desc, id limit :limit
                """).param("title", title.length() > 1000 ? title.substring(0, 1000) : title)
                .param("limit", limit).query(Candidate.class).list().stream()
                .filter(candidate -> candidate.nameSimilarity() >= NAME_THRESHOLD).toList();
    }

    private static final String SELECT = """
            select id, version, code, status, name_vi, name_en, name_original, iati_identifier, donor_id,
                   planned_start, planned_end, total_amount, total_currency
            """;
}
