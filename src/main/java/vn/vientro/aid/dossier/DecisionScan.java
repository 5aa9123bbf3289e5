package vn.vientro.aid.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A decision on the item and its signed scan, once attached. */
public record DecisionScan(long decisionId, String kind, @Nullable String number, LocalDate signedOn,
                           @Nullable Long scanFileId, @Nullable String scanName) {

    public boolean hasScan() {
        return scanFileId != null;
    }
}
