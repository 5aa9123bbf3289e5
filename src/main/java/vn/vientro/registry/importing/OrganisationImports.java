package vn.vientro.registry.importing;

import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import vn.vientro.platform.Actor;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** Imports organisations from a spreadsheet: upload and check every row, then import the valid rows on request. */
@Service
public class OrganisationImports implements DisposableBean {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportVocabulary vocabulary;
    /**
     * Owned, not a bean: an Executor bean would displace the application's default one. Two imports at a time per
     * node (the machines have two cores); a waiting job shows its progress bar at zero.
     */
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    OrganisationImports(ImportJobs jobs, ImportRunner runner, ImportVocabulary vocabulary) {
        this.jobs = jobs;
        this.runner = runner;
        this.vocabulary = vocabulary;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("registry-import-");
        // A running import gets a while to commit on shutdown; cut short, its transaction rolls back whole.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
    }

    /**
     * Reads the file and starts checking its rows in the background.
     *
     * @return the job to follow
     * @throws ImportRefusedException when the file cannot be read as an import at all
     */
    @PreAuthorize(RegistryPolicy.WRITE)
    public long upload(String fileName, byte[] content) {
        TextLength.require("file", fileName, TextLength.NAME);
        ImportFile file = ImportFile.read(content, vocabulary);
        long id = jobs.create(fileName, content, file.rows().size(), Actor.current());
        start(id, () -> runner.check(id, file));
        return id;
    }

    /** Imports the valid rows of a checked file; a second confirmation of the same job does nothing. */
    @PreAuthorize(RegistryPolicy.WRITE)
    public void confirm(long id) {
        job(id);
        String username = Actor.current();
        if (jobs.claim(id, username)) {
            start(id, () -> runner.importRows(id, username));
        }
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    public ImportJobView job(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The first {@code limit} findings in row order. */
    @PreAuthorize(RegistryPolicy.WRITE)
    public List<RowProblem> problems(long id, int limit) {
        return jobs.problems(id, limit);
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    public int problemCount(long id) {
        return jobs.problemCount(id);
    }

    /** The work runs as the signed-in user, so the registry's own role checks apply to it too. */
    private void start(long id, Runnable work) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work));
        } catch (TaskRejectedException e) {
            jobs.fail(id, "registry.import.busy");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
