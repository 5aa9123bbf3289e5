package vn.vientro.search;

/**
 * The search statements. Full text first; only when it finds nothing, full text again with each unknown word read as
 * the nearest known one; only when that finds nothing either does the typo-tolerant trigram match on the short name
 * field run: a typo rarely leaves a full-text hit, and running trigrams on every query would recheck thousands of
 * rows sharing common syllables.
 */
final class SearchSql {

    /**
     * Ranking reads every matching row, so a broad query ("giáo", a paper-number prefix shared by thousands) ranks a
     * bounded set of candidates, each set read through its GIN index: up to {@code :titleCandidates} matching in names
     * and titles, up to {@code :bodyCandidates} holding the words whole anywhere and, only when those two found fewer
     * than a page, up to {@code :bodyCandidates} holding them as typed anywhere (the last word a prefix). That last set
     * is the costly one (a short prefix reads the postings of every word it begins) and adds nothing to a full page:
     * a document matching only there scores below one matching in its names or with whole words. The candidates are
     * kept by row address and read once; the query's five tsqueries are built once, not for every candidate.
     * The score puts a document's own names above the names it refers to (weight B) and above its description (C),
     * the words side by side above words apart, and whole words above prefixes: "y te" ranks "Sở Y tế" above a paper
     * of "... Quốc tế" whose scope also says "y tế". The document's prominence scales it all, so a record that should
     * follow another one matching as well does.
     */
    static final String RANKED = """
            with q as materialized (
                select to_tsquery('simple', :prefix) as prefix, to_tsquery('simple', :exact) as exact,
                       to_tsquery('simple', :phrase) as phrase, to_tsquery('simple', :namedPhrase) as named_phrase,
                       to_tsquery('simple', :namedExact) as named_exact
            ), named as (
                select d.ctid as row from search.document d
                 where d.title_tsv @@ to_tsquery('simple', :prefix) and %1$s
                 limit :titleCandidates
            ), whole as (
                select d.ctid as row from search.document d
                 where d.tsv @@ to_tsquery('simple', :exact) and %1$s
                 limit :bodyCandidates
            ), typed as (
                select d.ctid as row from search.document d
                 where d.tsv @@ to_tsquery('simple', :prefix) and %1$s
                   and (select count(*) from (select row from named union select row from whole) found) < :limit
                 limit :bodyCandidates
            )
            select d.doc_type, d.doc_id, d.title, d.url, d.title_text, d.subtitle_text,
                   d.prominence * (case when d.title_tsv @@ q.phrase then 2.0
                        when d.title_tsv @@ q.exact then 1.5
                        when d.title_tsv @@ q.prefix then 1.0 else 0 end
                   + case when d.tsv @@ q.named_phrase then 1.0
                          when d.tsv @@ q.named_exact then 0.5 else 0 end
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, q.phrase)
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, q.exact)
                   + ts_rank('{0.05, 0.2, 0.5, 1.0}', d.tsv, q.prefix)) as score,
                   coalesce(nullif(d.subtitle, ''), left(coalesce(d.body, ''), 160)) as snippet
              from q, search.document d
             where d.ctid = any (array(select row from named union select row from whole union select row from typed))
             order by score desc, d.title
             limit :limit
            """.formatted("""
            d.visibility && cast(:visibility as text[])
                       and (cast(:type as text) is null or d.doc_type = :type)""");

    /**
     * The first key of the search index's advisory locks, "SRCH" in ASCII: its two-key locks meet no other module's
     * (monitoring's DutyLock takes "MONI"; the one-key locks of BundledDatasets and IatiImportJobs are another key
     * space). The second key is a hash of the document's type and id, so two documents hashing alike only take turns.
     */
    static final int DOCUMENT_LOCKS = 0x53524348;

    /** Holds one document's lock until the transaction ends (SearchIndex#reindex), waiting for whoever holds it. */
    static final String LOCK_DOCUMENT = "select pg_advisory_xact_lock(:locks, hashtext(:type || ':' || :id))";

    /**
     * Adds the words of the documents just put to the known words (search.word), in alphabetical order so that two
     * batches adding the same new words wait for each other instead of deadlocking.
     */
    static final String PUT_WORDS = """
            insert into search.word (word)
            select distinct w from search.document d, unnest(tsvector_to_array(d.tsv)) w
             where (d.doc_type, d.doc_id) in (select * from unnest(cast(:types as text[]), cast(:ids as text[])))
               and w !~ '[0-9]' and length(w) between 3 and 40
             order by w
            on conflict do nothing
            """;

    /**
     * The words of a query as meant: each known word as typed, each unknown one as the most similar known word (at
     * least 0.4 alike: "oxfarm" is 0.44 like "oxfam"), in the order typed. Words of fewer than three letters and
     * words with digits stay as typed.
     */
    static final String MEANT_WORDS = """
            select case when length(t.word) < 3 or t.word ~ '[0-9]' then t.word
                        else coalesce((select v.word from search.word v where v.word = t.word),
                                      (select v.word from search.word v
                                        where v.word % t.word and similarity(v.word, t.word) >= 0.4
                                        order by similarity(v.word, t.word) desc, v.word limit 1),
                                      t.word) end as word
              from unnest(cast(:words as text[])) with ordinality as t(word, position)
             order by t.position
            """;

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
