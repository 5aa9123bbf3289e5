package vn.vientro.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The one runner of long work (docs/architecture.md, "Long work"): each module asks it for a {@link JobQueue} of its
 * kind of job, which owns the threads, starts the work after the caller's transaction commits, as the user who asked,
 * and fails a job in words when it is full. The job itself is a row in the module's own table, read as a
 * {@link BackgroundJob} whose status follows {@link JobStatus}'s rule.
 */
@Component
public class BackgroundJobs implements DisposableBean {

    /** Two at a time per kind and node: the machines have two cores; a waiting job shows its progress bar at zero. */
    static final int THREADS = 2;
    /** A running job gets a while to commit on shutdown; cut short, its transaction rolls back whole. */
    static final int AWAIT_SECONDS = 20;

    private final List<ThreadPoolTaskExecutor> executors = new ArrayList<>();

    /**
     * A queue of the caller's kind of job: {@code name} names its threads ({@code registry-import}),
     * {@code capacity} how many may wait, and {@code whenFull} records the failure, in words, of a job that found it
     * full (a store method committing on its own).
     */
    public synchronized JobQueue queue(String name, int capacity, JobFailure whenFull) {
        // Owned here, not a bean: an Executor bean would displace the application's default one.
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setQueueCapacity(capacity);
        executor.setThreadNamePrefix(name + "-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(AWAIT_SECONDS);
        executor.initialize();
        executors.add(executor);
        return new JobQueue(executor, whenFull);
    }

    @Override
    public synchronized void destroy() {
        executors.forEach(ThreadPoolTaskExecutor::shutdown);
    }
}
