package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the opinions asked for an item allow the appraisal to be concluded: every live request answered, or past its
 * due date where the province treats silence as consent.
 */
final class OpinionTally {

    private OpinionTally() {
    }

    /** One live (not withdrawn) request. */
    record Row(String agencyName, LocalDate dueOn, boolean answered) {
    }

    /** The agencies still awaited on {@code today}, in the order they were asked, each once. */
    static List<String> awaited(List<Row> rows, LocalDate today, boolean silenceMeansConsent) {
        return rows.stream()
                .filter(row -> !row.answered())
                .filter(row -> !(silenceMeansConsent && today.isAfter(row.dueOn())))
                .map(Row::agencyName)
                .distinct()
                .toList();
    }
}
