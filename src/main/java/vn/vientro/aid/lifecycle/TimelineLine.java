package vn.vientro.aid.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.CorrectionEntry;

/** One line of the item's timeline as the page shows it: a move, or a correction of the dossier during appraisal. */
record TimelineLine(Instant occurredAt, @Nullable TimelineEntry move, @Nullable CorrectionEntry correction) {

    /** The moves and the corrections in the order they happened. */
    static List<TimelineLine> of(List<TimelineEntry> moves, List<CorrectionEntry> corrections) {
        List<TimelineLine> lines = new ArrayList<>();
        moves.forEach(move -> lines.add(new TimelineLine(move.occurredAt(), move, null)));
        corrections.forEach(correction -> lines.add(new TimelineLine(correction.occurredAt(), null, correction)));
        lines.sort(Comparator.comparing(TimelineLine::occurredAt));
        return lines;
    }
}
