package vn.vientro.aid.amendment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.DescriptionGroup;

/**
 * Two descriptions of one item side by side, field by field.
 *
 * @param before the earlier side: a version, or the current description
 * @param after  the later side: a version, or a proposed one
 */
public record Comparison(Side before, Side after, List<Row> rows) {

    public boolean anyChanged() {
        return rows.stream().anyMatch(Row::changed);
    }

    public List<DescriptionGroup> changedGroups() {
        return rows.stream().filter(Row::changed).map(Row::group).toList();
    }

    /**
     * One side: a version (its number, cause and time), the item's current description, or a proposed one.
     */
    public record Side(Kind kind, @Nullable Integer versionNo, @Nullable VersionCause cause,
                       @Nullable Instant takenAt) {

        public enum Kind {
            VERSION, CURRENT, PROPOSED
        }

        static Side of(ItemVersion version) {
            return new Side(Kind.VERSION, version.versionNo(), version.cause(), version.takenAt());
        }

        static Side current() {
            return new Side(Kind.CURRENT, null, null, null);
        }

        static Side proposed() {
            return new Side(Kind.PROPOSED, null, null, null);
        }
    }

    /**
     * One part of the description on both sides.
     *
     * @param before       canonical text of the earlier side, one line per part
     * @param after        the same of the later side
     * @param shownBefore  the earlier side as people read it, one line per value: names instead of ids
     * @param shownAfter   the same of the later side
     * @param needApproval whether this change needs the original approver
     */
    public record Row(DescriptionGroup group, boolean changed, boolean needApproval, List<String> before,
                      List<String> after, List<String> shownBefore, List<String> shownAfter) {
    }
}
