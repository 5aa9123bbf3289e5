package vn.vientro.interchange.importing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.platform.BackgroundJob;

/**
 * An IATI import as its page and the API show it. {@code status} is {@code INTERRUPTED} when a running job stopped
 * reporting (its node went down): whatever it was writing rolled back. While {@code READING}, the file is read first,
 * then its valid activities are compared with the aid items to match them ({@code compared} of them so far).
 */
public record ImportJobView(long id, String status, String fileName, long totalBytes, long readBytes,
                            @Nullable String iatiVersion, @Nullable String versionNote, int activities, int invalid,
                            int compared, int created, int updated, int unchanged, @Nullable Long stopLine,
                            @Nullable String stopKey, @Nullable String stopDetail, @Nullable String failureKey, List<String> failureArguments,
                            String createdBy, Instant createdAt, @Nullable Instant finishedAt,
                            int applied, int refused) implements BackgroundJob {

    static final String READING = "READING";
    static final String APPLYING = "APPLYING";

    @Override
    public boolean running() {
        return READING.equals(status) || APPLYING.equals(status);
    }

    /** Read, waiting for the user's choices and the order to write. */
    public boolean awaitingDecisions() {
        return "READ".equals(status);
    }

    public int valid() {
        return activities - invalid;
    }

    /** Reading and its matching are one status; the page tells them apart. */
    public boolean matching() {
        return READING.equals(status) && (compared > 0 || readBytes >= totalBytes);
    }

    /** The message key of the phase a running job is in, for its progress label. */
    public String progressKey() {
        return "interchange.import.progress." + (matching() ? "MATCHING" : status);
    }

    /**
     * Reading: the share of the file's bytes read, then of its valid activities matched; applying: of its valid
     * activities written or refused.
     */
    @Override
    public int percent() {
        if (APPLYING.equals(status)) {
            return valid() == 0 ? 100 : (int) Math.min(100, 100L * applied / valid());
        }
        if (matching()) {
            return valid() == 0 ? 100 : (int) Math.min(100, 100L * compared / valid());
        }
        return totalBytes == 0 ? 100 : (int) Math.min(100, 100L * readBytes / totalBytes);
    }

    /** Refused in all: by the schema when read, and by the aid module's rules when applied. */
    public int refusedInAll() {
        return invalid + refused;
    }
}
