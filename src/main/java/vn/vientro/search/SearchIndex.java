package vn.vientro.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.StoredText;
import vn.vientro.shared.Text;

/**
 * The shared search index. Owners feed it from their listeners after each change commits, one document at a time
 * through {@link #reindex}, which reads the record and writes its document under that document's lock, so the last
 * write is always of the newest state; {@link #search} only returns what {@link SearchPolicy} lets the caller find.
 * SQL, not an aggregate: its table is a derived copy of other modules' records, replaced whole by key and searched
 * with full-text operators Spring Data cannot express; and a document's lock is an advisory lock.
 */
@Service
public class SearchIndex {

    private static final String UPSERT = """
                insert into search.document (doc_type, doc_id, title, subtitle, body, url, visibility, names, related,
                                             title_tsv, tsv, title_text, subtitle_text, prominence)
                values (:type, :id, :title, :subtitle, :body, :url, :visibility, lower(f_unaccent(:names)), :related,
                        to_tsvector('simple', search.words(:names || ' ' || :titles)),
                        setweight(to_tsvector('simple', search.words(:names || ' ' || :titles)), 'A')
                        || setweight(to_tsvector('simple', search.words(coalesce(:related, '') || ' '
                                                                         || coalesce(:subtitles, ''))), 'B')
                        || setweight(to_tsvector('simple', search.words(coalesce(:body, ''))), 'C'),
                        cast(:titleText as jsonb), cast(:subtitleText as jsonb), :prominence)
                on conflict (doc_type, doc_id) do update
                   set title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, url = excluded.url,
                       visibility = excluded.visibility, names = excluded.names, related = excluded.related,
                       title_tsv = excluded.title_tsv, tsv = excluded.tsv, title_text = excluded.title_text,
                       subtitle_text = excluded.subtitle_text, prominence = excluded.prominence, updated_at = now()
                """;

    /**
     * Rows taken per candidate lookup (SearchSql#RANKED): more matches than this are too broad to rank usefully. Names
     * and titles get more room than the whole text, where a common word is in most documents.
     */
    private static final int TITLE_CANDIDATES = 400;
    private static final int BODY_CANDIDATES = 150;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final MessageSource messages;
    private final SearchPolicy policy;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc, MessageSource messages, SearchPolicy policy) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.messages = messages;
        this.policy = policy;
    }

    /**
     * Writes one document as its record is now: takes the document's lock (SearchSql#LOCK_DOCUMENT), only then asks
     * {@code current} for it (empty: the record is gone, or not to be found), and puts or removes it. Listeners of two
     * changes of one record run at once on two threads; without the lock the one that read the older state could
     * write last and leave it in the index for good. Under it, whoever takes the lock second waits for the first to
     * commit and reads after it (each statement of a READ COMMITTED transaction sees what committed before it
     * began). The lock is held until the caller's transaction ends: one that re-indexes many documents takes them in
     * the same order as any other would (by id).
     *
     * @param current reads the record and describes it; runs in this transaction, under the lock
     */
    @Transactional
    public void reindex(String type, String id, Supplier<Optional<SearchDocument>> current) {
        reindexAll(type, List.of(id), ids -> current.get().stream().toList());
    }

    /**
     * {@link #reindex} for many documents of one type at once (a module's rebuild, a benchmark's data): takes their
     * locks in the order given, only then asks {@code current} for the documents of those ids (one that is missing
     * is removed), and writes them in one batch.
     */
    @Transactional
    public void reindexAll(String type, List<String> ids, Function<List<String>, List<SearchDocument>> current) {
        for (String id : ids) {
            jdbc.sql(SearchSql.LOCK_DOCUMENT).param("locks", SearchSql.DOCUMENT_LOCKS).param("type", type)
                    .param("id", id).query().singleRow();
        }
        List<SearchDocument> documents = current.apply(ids);
        Set<String> asked = new HashSet<>(ids);
        Set<String> missing = new HashSet<>(ids);
        for (SearchDocument document : documents) {
            if (!document.type().equals(type) || !asked.contains(document.id())) {
                throw new IllegalArgumentException("document " + document.type() + ":" + document.id()
                        + " re-indexed among " + type + " documents it was not asked for");
            }
            missing.remove(document.id());
        }
        if (!documents.isEmpty()) {
            putAll(documents);
        }
        missing.forEach(id -> remove(type, id));
    }

    private void putAll(List<SearchDocument> documents) {
        namedJdbc.batchUpdate(UPSERT, documents.stream().map(this::parameters).toArray(SqlParameterSource[]::new));
        jdbc.sql(SearchSql.PUT_WORDS)
                .param("types", documents.stream().map(SearchDocument::type).toArray(String[]::new))
                .param("ids", documents.stream().map(SearchDocument::id).toArray(String[]::new))
                .update();
    }

    /** Kept in Vietnamese for ordering and snippets, matched in Vietnamese and English, shown in the reader's. */
    private SqlParameterSource parameters(SearchDocument document) {
        String title = render(document.title(), VIETNAMESE);
        String subtitle = document.subtitle() == null ? null : render(document.subtitle(), VIETNAMESE);
        return new MapSqlParameterSource()
                .addValue("type", document.type()).addValue("id", document.id()).addValue("title", title)
                .addValue("titles", title + " " + render(document.title(), Locale.ENGLISH))
                .addValue("subtitle", subtitle)
                .addValue("subtitles", document.subtitle() == null ? null
                        : subtitle + " " + render(document.subtitle(), Locale.ENGLISH))
                .addValue("body", document.body()).addValue("url", document.url())
                .addValue("visibility", document.visibleTo().toArray(String[]::new))
                .addValue("names", document.names()).addValue("related", document.related())
                .addValue("titleText", StoredText.write(document.title())).addValue("prominence", document.prominence())
                .addValue("subtitleText", document.subtitle() == null ? null : StoredText.write(document.subtitle()));
    }

    private String render(Text text, Locale language) {
        return messages.getMessage(text, language);
    }

    /** Removes a document without its lock: its owner re-indexes through {@link #reindex}, which removes it too. */
    @Transactional
    public void remove(String type, String id) {
        jdbc.sql("delete from search.document where doc_type = :type and doc_id = :id")
                .param("type", type).param("id", id).update();
    }

    /** The ids of the documents of a type, for a module that indexes its records missing from the index. */
    @Transactional(readOnly = true)
    public Set<String> ids(String type) {
        return new HashSet<>(jdbc.sql("select doc_id from search.document where doc_type = :type")
                .param("type", type).query(String.class).list());
    }

    /** Removes every document of a type, before a module re-indexes all of its records. */
    @Transactional
    public void clear(String type) {
        jdbc.sql("delete from search.document where doc_type = :type").param("type", type).update();
    }

    /** A search as asked: what, of which type, among the documents with which labels, how many. */
    private record Request(SearchQuery query, @Nullable String type, Set<String> visibility, int limit) {
    }

    /** Adds the statement's results to the hits, after those already there and without repeating one. */
    private void run(String sql, Request request, List<SearchHit> hits) {
        SearchQuery query = request.query();
        Set<String> seen = new HashSet<>();
        hits.forEach(hit -> seen.add(hit.type() + ":" + hit.id()));
        jdbc.sql(sql)
                .param("prefix", query.prefix()).param("exact", query.exact()).param("phrase", query.phrase())
                .param("namedPhrase", query.namedPhrase()).param("namedExact", query.namedExact())
                .param("plain", query.normalized()).param("titleCandidates", TITLE_CANDIDATES)
                .param("bodyCandidates", BODY_CANDIDATES).param("type", request.type())
                .param("visibility", request.visibility().toArray(String[]::new)).param("limit", request.limit())
                .query(rs -> {
                    String key = rs.getString("doc_type") + ":" + rs.getString("doc_id");
                    if (hits.size() < request.limit() && seen.add(key)) {
                        hits.add(hit(rs, query));
                    }
                });
    }

    private SearchHit hit(ResultSet rs, SearchQuery query) throws SQLException {
        Locale reader = LocaleContextHolder.getLocale();
        String titleText = rs.getString("title_text");
        String subtitleText = rs.getString("subtitle_text");
        String title = titleText == null ? rs.getString("title") : render(StoredText.read(titleText), reader);
        String snippet = subtitleText == null ? rs.getString("snippet") : render(StoredText.read(subtitleText), reader);
        return new SearchHit(rs.getString("doc_type"), rs.getString("doc_id"), title, snippet, rs.getString("url"),
                rs.getDouble("score"), Highlighter.mark(title, query.words()), Highlighter.mark(snippet, query.words()));
    }

    /** The query with each word the index does not hold read as the nearest word it holds (SearchSql#MEANT_WORDS). */
    private SearchQuery meant(SearchQuery query) {
        List<String> words = jdbc.sql(SearchSql.MEANT_WORDS).param("words", query.words().toArray(String[]::new))
                .query(String.class).list();
        return new SearchQuery(String.join(" ", words), words);
    }

    /** Ranked results for a query typed by the signed-in user, among the documents the policy lets them find. */
    @PreAuthorize(SearchPolicy.SEARCH)
    @Transactional(readOnly = true)
    public List<SearchHit> search(String text, @Nullable String type, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return List.of();
        }
        Request request = new Request(query, type, policy.findableLabels(), limit);
        List<SearchHit> hits = new ArrayList<>();
        run(SearchSql.RANKED, request, hits);
        // only when full text finds nothing: a code that finds its item would be followed by a page of look-alikes
        if (hits.isEmpty()) {
            SearchQuery meant = meant(query);
            if (!meant.words().equals(query.words())) {
                run(SearchSql.RANKED, new Request(meant, type, request.visibility(), limit), hits);
            }
            // no document holds every word: those holding all but one ("hoi chu thap do", a name without "Hội")
            Optional<SearchQuery> lenient = meant.allButOne();
            if (hits.isEmpty() && lenient.isPresent()) {
                run(SearchSql.RANKED, new Request(lenient.get(), type, request.visibility(), limit), hits);
            }
        }
        if (hits.isEmpty()) {
            jdbc.sql(SearchSql.TYPO_THRESHOLD).query().singleRow();
            run(SearchSql.TYPO_TOLERANT, request, hits);
        }
        return hits;
    }
}
