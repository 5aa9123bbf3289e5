package vn.vientro.search;

/**
 * The search statements. Full text first (prefix on the last word, ranked title > subtitle > body); only when it
 * finds nothing does the typo-tolerant trigram match on the short name field run: a typo rarely leaves any
 * full-text hit, and running trigrams on every query would recheck thousands of rows sharing common syllables.
 */
final class SearchSql {

    /**
     * Ranking reads every matching row, so a broad query ("giáo", a paper-number prefix shared by thousands) ranks
     * a bounded set of candidates: first those matching in names and titles, then anywhere.
     */
    static final String TITLE_TEXT = candidates("title_tsv");
    static final String FULL_TEXT = candidates("tsv");

    private static String candidates(String vector) {
        return """
            with candidates as (
                select d.doc_type, d.doc_id, d.%1$s as vector from search.document d
                 where d.%1$s @@ to_tsquery('simple', :tsquery)
                   and d.visibility && cast(:visibility as text[])
                   and (cast(:type as text) is null or d.doc_type = :type)
                 limit :candidates
            )
            select d.doc_type, d.doc_id, d.title, d.url, d.title_text,
                   d.subtitle_text,
                   1.0 + ts_rank(c.vector, to_tsquery('simple', :tsquery)) as score,
                   coalesce(nullif(d.subtitle, ''), left(coalesce(d.body, ''), 160)) as snippet
              from candidates c join search.document d on d.doc_type = c.doc_type and d.doc_id = c.doc_id
             order by score desc, d.title
             limit :limit
            """.formatted(vector);
    }

    static final String TYPO_TOLERANT = """
            select d.doc_type, d.doc_id, d.title, d.url, d.title_text,
                   d.subtitle_text, word_similarity(:plain, d.names) as score,
                   coalesce(nullif(d.subtitle, ''), left(coalesce(d.body, ''), 160)) as snippet
              from search.document d
             where :plain <% d.names
               and d.visibility && cast(:visibility as text[])
               and (cast(:type as text) is null or d.doc_type = :type)
             order by score desc, d.title
             limit :limit
            """;

    private SearchSql() {
    }
}
