package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The item of each of these IATI identifiers that has one (compared trimmed and case-blind, as publishers vary; the
     * first item when several have it), by the identifier as given: one pass over the items for a page of activities
     * instead of one per activity (there is no index on the identifier).
     */
    public Map<String, Candidate> byIatiIdentifiers(Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        Map<String, Candidate> found = new HashMap<>();
        jdbc.sql("""
                select distinct on (given.identifier) given.identifier as given, i.id, i.version, i.code, i.status,
                       i.name_vi, i.name_en, i.name_original, i.iati_identifier, i.donor_id, i.planned_start,
                       i.planned_end, i.total_amount, i.total_currency, 1.0 as name_similarity
                  from unnest(cast(:identifiers as text[])) as given(identifier)
                  join aid.aid_item i on lower(btrim(i.iati_identifier)) = lower(btrim(given.identifier))
                 order by given.identifier, i.id
                """).param("identifiers", identifiers.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> {
                    found.put(rs.getString("given"), new Candidate(rs.getLong("id"), rs.getLong("version"),
                            rs.getString("code"), rs.getString("status"), rs.getString("name_vi"),
                            rs.getString("name_en"), rs.getString("name_original"), rs.getString("iati_identifier"),
                            rs.getLong("donor_id"), rs.getObject("planned_start", LocalDate.class),
                            rs.getObject("planned_end", LocalDate.class), rs.getBigDecimal("total_amount"),
                            rs.getString("total_currency"), 1.0));
                    return 1;
                }).list();
        return found;
    }

    /**
     * The items whose names (any language, accents ignored) are most like the title, best first. The stored
     * {@code search_text} (the list's {@code aid.item_text}) is compared, as its trigram index covers it, and the
     * original-language names apart, and only the candidates are scored: with both in one disjunction the planner read
     * and unaccented every item, and with the candidates merely joined it scored every item before the limit.
     */
    public List<Candidate> byName(String title, int limit) {
        if (title.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                with candidate as materialized (
                    select id from aid.aid_item where search_text % lower(f_unaccent(:title))
                    union
                    select id from aid.aid_item
                     where name_original is not null and lower(f_unaccent(name_original)) % lower(f_unaccent(:title)))
                """ + SELECT + """
                , greatest(similarity(lower(f_unaccent(name_vi)), lower(f_unaccent(:title))),
                           similarity(lower(f_unaccent(coalesce(name_en, ''))), lower(f_unaccent(:title))),
                           similarity(lower(f_unaccent(coalesce(name_original, ''))), lower(f_unaccent(:title))))
                       as name_similarity
                  from aid.aid_item
                 where id in (select id from candidate)
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
