package vn.vientro.registry.importing;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.vientro.platform.Actor;
import vn.vientro.platform.BackgroundJobs;
import vn.vientro.platform.JobQueue;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** Imports organisations from a spreadsheet: upload and check every row, then import the valid rows on request. */
@Service
public class OrganisationImports {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportVocabulary vocabulary;
    /** The work runs as the signed-in user, so the registry's own role checks apply to it too. */
    private final JobQueue queue;

    OrganisationImports(ImportJobs jobs, ImportRunner runner, ImportVocabulary vocabulary, BackgroundJobs background) {
        this.jobs = jobs;
        this.runner = runner;
        this.vocabulary = vocabulary;
        this.queue = background.queue("registry-import", 20, jobs::fail);
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
        queue.start(id, () -> runner.check(id, file));
        return id;
    }

    /** Imports the valid rows of a checked file; a second confirmation of the same job does nothing. */
    @PreAuthorize(RegistryPolicy.WRITE)
    public void confirm(long id) {
        job(id);
        String username = Actor.current();
        if (jobs.claim(id, username)) {
            queue.start(id, () -> runner.importRows(id, username));
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
}
