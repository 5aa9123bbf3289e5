package vn.vientro.platform.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds ({@code manifest.json} in the archive): when and from what it was taken, the schema version
 * its tables have, each table's row count, the sequences' positions and the files.
 *
 * @param schemaVersion the last Flyway migration applied: a restore migrates an empty database to exactly this one
 */
record BackupManifest(String format, Instant takenAt, long tookMillis, String application, String source,
                      String server, String schemaVersion, List<TableCopy> tables, List<SequencePosition> sequences,
                      long files, long fileBytes) {

    static final String FORMAT = "vientro-backup/1";

    /** One table's rows, in PostgreSQL's COPY text format, gzip-compressed in the archive entry {@code entry}. */
    record TableCopy(String schema, String name, long rows, String entry) {
    }

    record SequencePosition(String schema, String name, long lastValue, boolean called) {
    }

    long rows() {
        return tables.stream().mapToLong(TableCopy::rows).sum();
    }
}
