package vn.vientro.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two listeners of two changes of one record re-index its document at once (a need proposed, then submitted): the
 * first reads the older state, the second reads the newer one and writes it, then the first writes what it read. The
 * document's lock keeps the older state from being written last. Each race is played in the same order every time:
 * the first re-index reads and holds still; the record changes; the second re-index starts and either finishes (no
 * lock: then the first writes last) or waits for the first's lock; only then does the first go on.
 */
@VientroIntegrationTest
class SearchIndexRaceIntegrationTests {

    private static final String TYPE = "race-test";

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderOfTheOlderStateDoesNotWriteItOverTheNewerOne() throws Exception {
        String id = "need-" + Unique.number();
        try {
            race(id, Optional.of("draft"), Optional.of("submitted"));
            assertThat(body(id)).contains("submitted");
        } finally {
            index.remove(TYPE, id);
        }
    }

    @Test
    void aReaderOfARecordSinceDeletedDoesNotPutItBack() throws Exception {
        String id = "need-" + Unique.number();
        try {
            race(id, Optional.of("draft"), Optional.empty());
            assertThat(body(id)).isEmpty();
        } finally {
            index.remove(TYPE, id);
        }
    }

    @Test
    void aBatchWaitsForADocumentsLockThenPutsWhatItReadsAndRemovesTheMissing() throws Exception {
        String held = "need-" + Unique.number();
        String gone = "need-" + Unique.number();
        index.reindex(TYPE, gone, () -> Optional.of(document(gone, "stale")));
        try {
            race(held, Optional.of("draft"), Optional.of("submitted"), record -> index.reindexAll(TYPE,
                    List.of(held, gone), ids -> record.get().map(body -> document(held, body)).stream().toList()));
            assertThat(body(held)).contains("submitted");
            assertThat(body(gone)).isEmpty();
        } finally {
            index.remove(TYPE, held);
        }
    }

    @Test
    void aBatchRefusesADocumentItWasNotAskedFor() {
        String asked = "need-" + Unique.number();
        assertThatThrownBy(() -> index.reindexAll(TYPE, List.of(asked),
                ids -> List.of(document("need-" + Unique.number(), "other"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(body(asked)).isEmpty();
    }

    /** The record's state moves from {@code older} to {@code newer} while the first re-index holds what it read. */
    private void race(String id, Optional<String> older, Optional<String> newer) throws Exception {
        race(id, older, newer, record -> index.reindex(TYPE, id, () -> record.get().map(body -> document(id, body))));
    }

    /**
     * As above, with {@code second} re-indexing the document after the change (it reads the record it is given, as
     * it is then).
     */
    private void race(String id, Optional<String> older, Optional<String> newer,
                      Consumer<AtomicReference<Optional<String>>> second) throws Exception {
        AtomicReference<Optional<String>> record = new AtomicReference<>(older);
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch firstGoesOn = new CountDownLatch(1);
        ExecutorService listeners = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = listeners.submit(() -> index.reindex(TYPE, id, () -> {
                Optional<SearchDocument> read = record.get().map(body -> document(id, body));
                firstRead.countDown();
                await(firstGoesOn);
                return read;
            }));
            assertThat(firstRead.await(30, TimeUnit.SECONDS)).isTrue();
            record.set(newer);
            Future<?> after = listeners.submit(() -> second.accept(record));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!after.isDone() && !waitingForTheLock(id)) {
                assertThat(System.nanoTime()).as("the second re-index neither finished nor waits").isLessThan(deadline);
                Thread.sleep(10);
            }
            firstGoesOn.countDown();
            first.get(30, TimeUnit.SECONDS);
            after.get(30, TimeUnit.SECONDS);
        } finally {
            firstGoesOn.countDown();
            listeners.shutdown();
            assertThat(listeners.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Whether a transaction waits for the document's lock (SearchSql#LOCK_DOCUMENT). */
    private boolean waitingForTheLock(String id) {
        return jdbc.sql("""
                        select exists (select 1 from pg_locks
                                        where locktype = 'advisory' and not granted and objsubid = 2
                                          and cast(classid as bigint) = :locks
                                          and cast(objid as bigint) = (cast(hashtext(:type || ':' || :id) as bigint) & 4294967295))
                        """)
                .param("locks", SearchSql.DOCUMENT_LOCKS).param("type", TYPE).param("id", id)
                .query(Boolean.class).single();
    }

    private Optional<String> body(String id) {
        return jdbc.sql("select body from search.document where doc_type = :type and doc_id = :id")
                .param("type", TYPE).param("id", id).query(String.class).optional();
    }

    private static SearchDocument document(String id, String body) {
        return new SearchDocument(TYPE, id, SearchDocument.name(body), null, body, "/app/search", Set.of("NOBODY"),
                body);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
