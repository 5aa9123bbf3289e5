package vn.vientro.search;

/**
 * The search statement: full-text hits (prefix on the last word, ranked title > subtitle > body) merged with
 * typo-tolerant trigram hits on the short name field; each document once, at its best score.
 */
final class SearchSql {

    static final String QUERY = """
            with candidates as (
                select d.doc_type, d.doc_id, 1.0 + ts_rank(d.tsv, to_tsquery('simple', :tsquery)) as score
                  from search.document d
                 where d.tsv @@ to_tsquery('simple', :tsquery)
                   and d.visibility && cast(:visibility as text[])
                   and (cast(:type as text) is null or d.doc_type = :type)
                union all
                select d.doc_type, d.doc_id, word_similarity(:plain, d.names) as score
                  from search.document d
                 where :plain <% d.names
                   and d.visibility && cast(:visibility as text[])
                   and (cast(:type as text) is null or d.doc_type = :type)
            ), best as (
                select doc_type, doc_id, max(score) as score from candidates group by doc_type, doc_id
                 order by max(score) desc limit :limit
            )
            select d.doc_type, d.doc_id, d.title, d.url, b.score,
                   coalesce(nullif(d.subtitle, ''), left(coalesce(d.body, ''), 160)) as snippet
              from best b join search.document d on d.doc_type = b.doc_type and d.doc_id = b.doc_id
             order by b.score desc, d.title
            """;

    private SearchSql() {
    }
}
