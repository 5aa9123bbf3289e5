package vn.vientro.platform;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One module's kind of background job, taken from {@link BackgroundJobs#queue}. */
public final class JobQueue {

    /** The failure key of a job that found its queue full ({@code platform.jobs.busy}). */
    public static final String BUSY = "platform.jobs.busy";

    private final ThreadPoolTaskExecutor executor;
    private final JobFailure whenFull;

    JobQueue(ThreadPoolTaskExecutor executor, JobFailure whenFull) {
        this.executor = executor;
        this.whenFull = whenFull;
    }

    /**
     * Starts the job's work once the caller's transaction commits (at once outside one), so the worker finds the job's
     * row; on a rollback it never starts. The work runs as the signed-in user, so the module's policy holds for it.
     */
    public void start(long jobId, Runnable work) {
        Runnable launch = () -> launch(jobId, new DelegatingSecurityContextRunnable(work));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    launch.run();
                }
            });
        } else {
            launch.run();
        }
    }

    private void launch(long jobId, Runnable work) {
        try {
            executor.execute(work);
        } catch (TaskRejectedException e) { // every thread busy and the queue full: said on the job, in words
            whenFull.fail(jobId, BUSY);
        }
    }
}
