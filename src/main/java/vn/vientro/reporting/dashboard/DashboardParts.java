package vn.vientro.reporting.dashboard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the dashboard page's independent reads at the same time, each on a connection of its own: the page's time is
 * then its longest read rather than the sum of its reads. Each part keeps its reader's security context and runs in
 * the read-only transaction of the query it calls (every query bean is {@code @Transactional(readOnly = true)}); parts
 * read separate snapshots, as separate requests for the charts would. The pool is small and bounded, and never queues:
 * when its threads are busy (many pages at once) a part runs in the requesting thread, as it did before, so the
 * dashboard never holds more than {@link #THREADS} connections beyond one per request.
 */
@Component
class DashboardParts implements DisposableBean {

    /** Parts run beside the requesting thread: two cores, and the database does the work. */
    static final int THREADS = 3;

    private final ThreadPoolExecutor pool;
    private final Executor executor;
    /** Off only to measure the page's reads one after the other (the benchmark's same-run comparison). */
    volatile boolean concurrent = true;

    DashboardParts() {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "dashboard-part-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.executor = new DelegatingSecurityContextExecutor(pool);
    }

    /** Starts a part: on a free thread of the pool, or at once in this thread when none is free. */
    <T> CompletableFuture<T> start(Supplier<T> part) {
        if (!concurrent) {
            return CompletableFuture.completedFuture(part.get());
        }
        return CompletableFuture.supplyAsync(part, executor);
    }

    /** The part's result, its failure thrown as it was (an access denial stays one). */
    static <T> T join(CompletableFuture<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
