package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads a file's activities on the calling thread, recording each one's events as the parser reads them, and checks
 * each (schema, facts: both replay the recorded events, nothing is parsed again) on worker threads, handing the
 * results over in file order: the schema check costs more than the parse, so the reader runs ahead while the workers
 * check. At most {@link #IN_FLIGHT} activities wait at a time, so memory stays flat with the file's size.
 */
final class ActivityPipeline {

    static final int IN_FLIGHT = 64;
    private static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private ActivityPipeline() {
    }

    /** @throws ImportFileRefused as {@link ActivityStream#read} does */
    static ActivityStream.Result read(InputStream file, Consumer<IatiImportJobs.ReadActivity> each) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "iati-check");
            thread.setDaemon(true);
            return thread;
        });
        // a validator is not thread-safe: one per worker thread, for this file only (the compiled schema is shared)
        ThreadLocal<ActivitySchema> schemas = ThreadLocal.withInitial(ActivitySchema::new);
        Deque<CompletableFuture<IatiImportJobs.ReadActivity>> waiting = new ArrayDeque<>();
        try {
            ActivityStream.Result result = ActivityStream.read(file, (header, events) -> {
                waiting.add(CompletableFuture.supplyAsync(() -> check(schemas.get(), header, events), workers));
                while (waiting.size() >= IN_FLIGHT) {
                    each.accept(next(waiting));
                }
            });
            while (!waiting.isEmpty()) {
                each.accept(next(waiting));
            }
            return result;
        } finally {
            workers.shutdownNow();
        }
    }

    /** The activity's schema errors and facts, both from its recorded events. */
    static IatiImportJobs.ReadActivity check(ActivitySchema schema, FileHeader header, RecordedActivity events) {
        return new IatiImportJobs.ReadActivity(events.position(), events.line(), schema.check(header.root(), events),
                ActivityFacts.read(events, header.root().language()));
    }

    private static IatiImportJobs.ReadActivity next(Deque<CompletableFuture<IatiImportJobs.ReadActivity>> waiting) {
        try {
            return waiting.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking activities", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking an activity failed", e.getCause());
        }
    }
}
