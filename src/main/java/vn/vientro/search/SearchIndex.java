package vn.vientro.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared search index. Owners call {@link #put} and {@link #remove} in the transaction that changes their
 * records, so the index never disagrees with the data; {@link #search} only returns what the caller's roles allow.
 */
@Service
public class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void put(SearchDocument document) {
        jdbc.sql("""
                insert into search.document (doc_type, doc_id, title, subtitle, body, url, visibility, names, tsv)
                values (:type, :id, :title, :subtitle, :body, :url, :visibility, lower(f_unaccent(:names)),
                        setweight(to_tsvector('simple', lower(f_unaccent(:names || ' ' || :title))), 'A')
                        || setweight(to_tsvector('simple', lower(f_unaccent(coalesce(:subtitle, '')))), 'B')
                        || setweight(to_tsvector('simple', lower(f_unaccent(coalesce(:body, '')))), 'C'))
                on conflict (doc_type, doc_id) do update
                   set title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, url = excluded.url,
                       visibility = excluded.visibility, names = excluded.names, tsv = excluded.tsv,
                       updated_at = now()
                """)
                .param("type", document.type()).param("id", document.id()).param("title", document.title())
                .param("subtitle", document.subtitle()).param("body", document.body()).param("url", document.url())
                .param("visibility", document.visibleTo().toArray(String[]::new)).param("names", document.names())
                .update();
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
        jdbc.sql(SearchSql.QUERY)
                .param("tsquery", query.tsquery()).param("plain", query.normalized())
                .param("type", type).param("visibility", visibility.toArray(String[]::new)).param("limit", limit)
                .query(rs -> {
                    String title = rs.getString("title");
                    String snippet = rs.getString("snippet");
                    hits.add(new SearchHit(rs.getString("doc_type"), rs.getString("doc_id"), title, snippet,
                            rs.getString("url"), rs.getDouble("score"), Highlighter.mark(title, query.words()),
                            Highlighter.mark(snippet, query.words())));
                });
        return hits;
    }
}
