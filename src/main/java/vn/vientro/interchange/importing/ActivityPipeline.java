package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file's activities on a parsing thread, recording each one's events as the parser reads them, checks them
 * (schema, facts: both replay the recorded events, nothing is parsed again) on worker threads, a batch of
 * {@link #BATCH} at a time (the {@link SchemaPrecheck} first; the activities it is not sure of in one validator
 * document per batch), and hands the results to the caller's thread in file order: parsing, checking and what the
 * caller does with each activity overlap. At most {@link #IN_FLIGHT} activities wait at a time, so memory stays flat
 * with the file's size; their recordings, once checked, go back to the parser to be recorded into again rather than
 * to the collector.
 */
final class ActivityPipeline {

    static final int IN_FLIGHT = 64;
    /** Activities checked together, in one validator document: enough to spread the per-document work thin. */
    static final int BATCH = 16;
    private static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Checkers free for the next batch (as many as ever checked at once: the workers of the files read at once). */
    private static final Queue<ActivitySchema> CHECKERS = new ConcurrentLinkedQueue<>();

    private ActivityPipeline() {
    }

    /** @throws ImportFileRefused as {@link ActivityStream#read} does */
    static ActivityStream.Result read(InputStream file, Consumer<IatiImportJobs.ReadActivity> each) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("iati-check"));
        ExecutorService parser = Executors.newSingleThreadExecutor(daemon("iati-read"));
        // the batches in file order, then how the reading ended; bounded, so the parser waits for the caller
        BlockingQueue<Object> checked = new ArrayBlockingQueue<>(IN_FLIGHT / BATCH);
        // the checked activities' recordings, for the parser to record into again (bounded: a few batches' worth)
        BlockingQueue<RecordedActivity> free = new ArrayBlockingQueue<>(IN_FLIGHT + 2 * BATCH);
        try {
            parser.execute(() -> parse(file, workers, checked, free));
            while (true) {
                Object next = take(checked);
                if (next instanceof Ended ended) {
                    return ended.result();
                }
                @SuppressWarnings("unchecked")
                CompletableFuture<List<IatiImportJobs.ReadActivity>> batch =
                        (CompletableFuture<List<IatiImportJobs.ReadActivity>>) next;
                get(batch).forEach(each);
            }
        } finally {
            parser.shutdownNow();
            workers.shutdownNow();
        }
    }

    /**
     * Parses the file on its own thread, handing each batch to the workers and its future to the caller, in file
     * order: the caller's thread is left for what it does with each activity (the import writes them to its job),
     * so parsing, checking and that work overlap instead of the parse waiting for the other two.
     */
    private static void parse(InputStream file, ExecutorService workers, BlockingQueue<Object> checked,
                              BlockingQueue<RecordedActivity> free) {
        Ended end;
        try {
            List<RecordedActivity> batch = new ArrayList<>(BATCH);
            FileHeader[] header = {null};
            ActivityStream.Result result = ActivityStream.read(file, free::poll, (fileHeader, events) -> {
                header[0] = fileHeader;
                batch.add(events);
                if (batch.size() == BATCH) {
                    put(checked, submit(workers, fileHeader, batch, free));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(checked, submit(workers, header[0], batch, free));
            }
            end = new Ended(result, null);
        } catch (InterruptedRead e) {
            return; // the caller has gone (it failed or was interrupted): nobody waits for the end
        } catch (RuntimeException | Error e) {
            end = new Ended(null, e);
        }
        try {
            put(checked, end);
        } catch (InterruptedRead e) {
            // the caller has gone
        }
    }

    /** How the parse ended: its result, or what it threw (given to the caller as is). */
    private record Ended(ActivityStream.@Nullable Result outcome, @Nullable Throwable failure) {

        ActivityStream.Result result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return Objects.requireNonNull(outcome);
        }
    }

    /** The parser was interrupted while waiting for the caller to take a batch: the caller has stopped reading. */
    private static final class InterruptedRead extends RuntimeException {
        InterruptedRead(InterruptedException cause) {
            super(cause);
        }
    }

    private static void put(BlockingQueue<Object> checked, Object next) {
        try {
            checked.put(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedRead(e);
        }
    }

    private static Object take(BlockingQueue<Object> checked) {
        try {
            return checked.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading activities", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static CompletableFuture<List<IatiImportJobs.ReadActivity>> submit(
            ExecutorService workers, FileHeader header, List<RecordedActivity> batch,
            BlockingQueue<RecordedActivity> recordings) {
        List<RecordedActivity> mine = List.copyOf(batch);
        return CompletableFuture.supplyAsync(() -> {
            // a validator is not thread-safe: a checker serves one batch at a time, then the next batch of any file
            ActivitySchema free = CHECKERS.poll();
            ActivitySchema schema = free == null ? new ActivitySchema() : free;
            List<IatiImportJobs.ReadActivity> read = check(schema, header, mine);
            CHECKERS.offer(schema); // not when the check failed: that checker is dropped
            for (RecordedActivity events : mine) {
                if (events.reusable()) {
                    recordings.offer(events); // dropped when the queue is full
                }
            }
            return read;
        }, workers);
    }

    /** The activity's schema errors and facts, both from its recorded events. */
    static IatiImportJobs.ReadActivity check(ActivitySchema schema, FileHeader header, RecordedActivity events) {
        return check(schema, header, List.of(events)).get(0);
    }

    /**
     * Each activity's schema errors and facts, both from its recorded events. The activities the pre-check accepts
     * ({@link SchemaPrecheck}: certainly valid, root included) have no errors without the validator; the others are
     * checked by it, together in one document (with the batch's invariants, see {@link ActivitySchema}), and have the
     * errors it gives them, the same as each alone.
     */
    static List<IatiImportJobs.ReadActivity> check(ActivitySchema schema, FileHeader header,
                                                   List<RecordedActivity> batch) {
        List<List<SchemaError>> errors = errors(schema, header.root(), batch);
        List<IatiImportJobs.ReadActivity> read = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            RecordedActivity events = batch.get(i);
            read.add(new IatiImportJobs.ReadActivity(events.position(), events.line(), errors.get(i),
                    ActivityFacts.read(events, header.root().language())));
        }
        return read;
    }

    /**
     * The batch's errors: none for an activity the pre-check accepts (the root accepted too, as the root's complaints
     * would go to every activity), the validator's for the others. Those are validated together as a smaller batch
     * under the same invariants as before (see {@link ActivitySchema}: an activity with {@code xml:id} or an
     * {@code xsi:} attribute still gets a document of its own; the root's complaints go to each); leaving the accepted
     * activities out of the document changes nothing for the others, as activities of one document share no state but
     * IDs, and those never reach a shared document.
     */
    private static List<List<SchemaError>> errors(ActivitySchema schema, RootElement root,
                                                  List<RecordedActivity> batch) {
        if (!SchemaPrecheck.accepts(root)) {
            return schema.check(root, batch);
        }
        List<RecordedActivity> unsure = new ArrayList<>(batch.size());
        boolean[] accepted = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            accepted[i] = SchemaPrecheck.accepts(batch.get(i));
            if (!accepted[i]) {
                unsure.add(batch.get(i));
            }
        }
        if (unsure.isEmpty()) {
            return Collections.nCopies(batch.size(), List.of());
        }
        List<List<SchemaError>> checked = schema.check(root, unsure);
        if (unsure.size() == batch.size()) {
            return checked;
        }
        List<List<SchemaError>> all = new ArrayList<>(batch.size());
        for (int i = 0, next = 0; i < batch.size(); i++) {
            all.add(accepted[i] ? List.of() : checked.get(next++));
        }
        return all;
    }

    private static List<IatiImportJobs.ReadActivity> get(
            CompletableFuture<List<IatiImportJobs.ReadActivity>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking activities", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking an activity failed", e.getCause());
        }
    }
}
