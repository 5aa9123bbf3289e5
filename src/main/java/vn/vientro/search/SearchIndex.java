package vn.vientro.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared search index. Owners call {@link #put} and {@link #remove} in the transaction that changes their
 * records, so the index never disagrees with the data; {@link #search} only returns what the caller's roles allow.
 */
@Service
public class SearchIndex {

    private static final String UPSERT = """
                insert into search.document (doc_type, doc_id, title, subtitle, body, url, visibility, names, title_tsv, tsv)
                values (:type, :id, :title, :subtitle, :body, :url, :visibility, lower(f_unaccent(:names)),
                        to_tsvector('simple', search.words(:names || ' ' || :title)),
                        setweight(to_tsvector('simple', search.words(:names || ' ' || :title)), 'A')
                        || setweight(to_tsvector('simple', search.words(coalesce(:subtitle, ''))), 'B')
                        || setweight(to_tsvector('simple', search.words(coalesce(:body, ''))), 'C'))
                on conflict (doc_type, doc_id) do update
                   set title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, url = excluded.url,
                       visibility = excluded.visibility, names = excluded.names, title_tsv = excluded.title_tsv,
                       tsv = excluded.tsv,
                       updated_at = now()
                """;

    /** Rows ranked per full-text pass; more matches than this are too broad to rank usefully. */
    private static final int CANDIDATES = 400;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
    }

    @Transactional
    public void put(SearchDocument document) {
        putAll(List.of(document));
    }

    /** Puts many documents in one batch, for re-indexing a whole module. */
    @Transactional
    public void putAll(List<SearchDocument> documents) {
        List<SqlParameterSource> batch = documents.stream()
                .map(SearchIndex::parameters).toList();
        namedJdbc.batchUpdate(UPSERT, batch.toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(SearchDocument document) {
        return new MapSqlParameterSource()
                .addValue("type", document.type()).addValue("id", document.id()).addValue("title", document.title())
                .addValue("subtitle", document.subtitle()).addValue("body", document.body())
                .addValue("url", document.url())
                .addValue("visibility", document.visibleTo().toArray(String[]::new))
                .addValue("names", document.names());
    }

    @Transactional
    public void remove(String type, String id) {
        jdbc.sql("delete from search.document where doc_type = :type and doc_id = :id")
                .param("type", type).param("id", id).update();
    }

    /** Removes every document of a type, before a module re-indexes all of its records. */
    @Transactional
    public void clear(String type) {
        jdbc.sql("delete from search.document where doc_type = :type").param("type", type).update();
    }

    private void run(String sql, String tsquery, SearchQuery query, @Nullable String type, Set<String> visibility,
                     int limit, List<SearchHit> hits, Set<String> seen) {
        jdbc.sql(sql)
                .param("tsquery", tsquery).param("plain", query.normalized()).param("candidates", CANDIDATES)
                .param("type", type).param("visibility", visibility.toArray(String[]::new)).param("limit", limit)
                .query(rs -> {
                    String key = rs.getString("doc_type") + ":" + rs.getString("doc_id");
                    if (hits.size() < limit && seen.add(key)) {
                        String title = rs.getString("title");
                        String snippet = rs.getString("snippet");
                        hits.add(new SearchHit(rs.getString("doc_type"), rs.getString("doc_id"), title, snippet,
                                rs.getString("url"), rs.getDouble("score"), Highlighter.mark(title, query.words()),
                                Highlighter.mark(snippet, query.words())));
                    }
                });
    }

    /**
     * Ranked results for a query typed by a user holding {@code roles} (role names; {@code STAFF} is implied for
     * any signed-in caller, {@code PUBLIC} always).
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(String text, @Nullable String type, Set<String> roles, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return List.of();
        }
        Set<String> visibility = new LinkedHashSet<>(roles);
        visibility.add(SearchDocument.PUBLIC);
        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        run(SearchSql.TITLE_TEXT, query.tsquery(), query, type, visibility, limit, hits, seen);
        if (hits.size() < limit) {
            run(SearchSql.FULL_TEXT, query.tsquery(), query, type, visibility, limit, hits, seen);
        }
        if (hits.isEmpty()) {
            run(SearchSql.TYPO_TOLERANT, "", query, type, visibility, limit, hits, seen);
        }
        return hits;
    }
}
