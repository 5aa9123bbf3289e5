package vn.vientro.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;
import vn.vientro.platform.ProgressPace;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;

/**
 * The two background passes over a file. Both check every row against the registry as it is then; the import
 * pass also writes the valid rows, all in one transaction, and reports progress outside it.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final RowCheck rowCheck;
    private final ImportVocabulary vocabulary;
    private final OrganisationRegistry registry;
    private final OrganisationQueries organisations;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    ImportRunner(ImportJobs jobs, RowCheck rowCheck, ImportVocabulary vocabulary, OrganisationRegistry registry,
                 OrganisationQueries organisations, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.rowCheck = rowCheck;
        this.vocabulary = vocabulary;
        this.registry = registry;
        this.organisations = organisations;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** Builds the report the user confirms; writes nothing but the job. */
    void check(long jobId, ImportFile file) {
        try {
            // One read-only transaction: the many small lookups of a row share a connection instead of each taking one.
            Pass pass = Objects.requireNonNull(readOnly.execute(status -> pass(jobId, file, true, result -> { })));
            jobs.finish(jobId, "CHECKED", pass.counts(), pass.problems());
        } catch (RuntimeException e) { // the boundary of a background job: record it on the job, log once
            log.error("Checking import job {} failed", jobId, e);
            jobs.fail(jobId, "registry.import.failed");
        }
    }

    /**
     * Imports the valid rows of the kept file. The actor is bound when the transaction takes its connection, so
     * {@code runAs} wraps the transaction: the audit trail names the user who confirmed the import.
     */
    void importRows(long jobId, String username) {
        try {
            Actor.runAs(username, () -> transaction.executeWithoutResult(status -> {
                byte[] content = jobs.content(jobId).orElseThrow(() -> new IllegalStateException("no file kept"));
                List<RowProblem> lookAlikes = jobs.problems(jobId, Integer.MAX_VALUE).stream()
                        .filter(problem -> RowCheck.SIMILAR.equals(problem.messageKey())).toList();
                Pass pass = pass(jobId, ImportFile.read(content, vocabulary), false, this::write);
                jobs.finish(jobId, "DONE", pass.counts(), pass.withLookAlikes(lookAlikes));
            }));
        } catch (RuntimeException e) { // the transaction rolled back: nothing of this file was imported
            log.error("Import job {} failed and was rolled back", jobId, e);
            jobs.fail(jobId, "registry.import.failed");
        }
    }

    private Pass pass(long jobId, ImportFile file, boolean lookForSimilar, Consumer<RowCheck.Result> write) {
        KnownOrganisations known = KnownOrganisations.load(organisations);
        Map<String, Integer> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>(file.headerProblems());
        ImportCounts counts = ImportCounts.NONE;
        Set<Integer> created = new HashSet<>();
        int processed = 0;
        ProgressPace pace = new ProgressPace(ProgressPace.EVERY);
        for (ImportRow row : file.rows()) {
            RowCheck.Result result = rowCheck.check(row, known, seen, lookForSimilar);
            write.accept(result);
            if (result.outcome() == RowCheck.Outcome.NEW) {
                created.add(row.number());
            }
            counts = counts.plus(result.outcome());
            problems.addAll(result.problems());
            processed++;
            if (pace.due()) {
                jobs.progress(jobId, processed);
            }
        }
        return new Pass(counts, problems, created);
    }

    /** Rows were checked by the same rules just before, so the registry's own checks pass and nothing rolls back. */
    private void write(RowCheck.Result result) {
        switch (result.outcome()) {
            case NEW -> registry.register(Objects.requireNonNull(result.details()), true);
            case UPDATE -> {
                OrganisationView existing = Objects.requireNonNull(result.existing());
                registry.update(existing.id(), existing.version(), Objects.requireNonNull(result.details()));
            }
            case UNCHANGED, ERROR -> { }
        }
    }

    private record Pass(ImportCounts counts, List<RowProblem> problems, Set<Integer> createdRows) {

        /**
         * The findings with the check's look-alike warnings for the rows that did create an organisation. Looking
         * again during the import would scan the growing registry once per row for the same answer.
         */
        List<RowProblem> withLookAlikes(List<RowProblem> lookAlikes) {
            List<RowProblem> all = new ArrayList<>(problems);
            lookAlikes.stream().filter(problem -> createdRows.contains(problem.row())).forEach(all::add);
            all.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return all;
        }
    }
}
