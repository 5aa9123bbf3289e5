package vn.vientro.search;

/**
 * The search statements. Full text first; only when it finds nothing does the typo-tolerant trigram match on the short
 * name field run: a typo rarely leaves a full-text hit, and running trigrams on every query would recheck thousands of
 * rows sharing common syllables.
 */
final class SearchSql {

    /**
     * Ranking reads every matching row, so a broad query ("giáo", a paper-number prefix shared by thousands) ranks a
     * bounded set of candidates: those matching in names and titles, those holding the words whole, and those holding
     * them anywhere, each read through its GIN index. The score puts a document's own names above the names it
     * refers to (weight B) and above its description (C), the words side by side above words apart, and whole words
     * above prefixes: "y te" ranks "Sở Y tế" above a paper of "... Quốc tế" whose scope also says "y tế". The
     * document's prominence scales it all, so a record that should follow another one matching as well does.
     */
    static final String RANKED = """
            with candidates as (
                (select d.doc_type, d.doc_id from search.document d
                  where d.title_tsv @@ to_tsquery('simple', :prefix) and %1$s limit :candidates)
                union
                (select d.doc_type, d.doc_id from search.document d
                  where d.tsv @@ to_tsquery('simple', :exact) and %1$s limit :candidates)
                union
                (select d.doc_type, d.doc_id from search.document d
                  where d.tsv @@ to_tsquery('simple', :prefix) and %1$s limit :candidates)
            )
            select d.doc_type, d.doc_id, d.title, d.url, d.title_text, d.subtitle_text,
                   d.prominence * (case when d.title_tsv @@ to_tsquery('simple', :phrase) then 2.0
                        when d.title_tsv @@ to_tsquery('simple', :exact) then 1.5
                        when d.title_tsv @@ to_tsquery('simple', :prefix) then 1.0 else 0 end
                   + case when d.tsv @@ to_tsquery('simple', :namedPhrase) then 1.0
                          when d.tsv @@ to_tsquery('simple', :namedExact) then 0.5 else 0 end
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, to_tsquery('simple', :phrase))
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, to_tsquery('simple', :exact))
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, to_tsquery('simple', :prefix))) as score,
                   coalesce(nullif(d.subtitle, ''), left(coalesce(d.body, ''), 160)) as snippet
              from candidates c join search.document d on d.doc_type = c.doc_type and d.doc_id = c.doc_id
             order by score desc, d.title
             limit :limit
            """.formatted("""
            d.visibility && cast(:visibility as text[])
                    and (cast(:type as text) is null or d.doc_type = :type)""");

    /**
     * Trigrams over the short names, a word's worth at a time: "oxfarm" is 0.57 like "oxfam", below pg_trgm's default
     * threshold of 0.6, so search lowers it to 0.5 for its own (read-only) transaction before matching.
     */
    static final String TYPO_THRESHOLD = "select set_config('pg_trgm.word_similarity_threshold', '0.5', true)";

    static final String TYPO_TOLERANT = """
            select d.doc_type, d.doc_id, d.title, d.url, d.title_text,
                   d.subtitle_text, d.prominence * word_similarity(:plain, d.names) as score,
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
