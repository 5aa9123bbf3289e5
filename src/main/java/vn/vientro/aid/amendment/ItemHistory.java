package vn.vientro.aid.amendment;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.DescriptionGroup;
import vn.vientro.shared.NotFoundException;

/** The versions of an item's description, and comparisons of two of them or of a change request with the item. */
@Service
public class ItemHistory {

    private final AidItemQueries queries;
    private final ItemVersionQueries versions;
    private final AmendmentRepository amendments;
    private final Comparisons comparisons;

    ItemHistory(AidItemQueries queries, ItemVersionQueries versions, AmendmentRepository amendments,
                Comparisons comparisons) {
        this.queries = queries;
        this.versions = versions;
        this.amendments = amendments;
        this.comparisons = comparisons;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<ItemVersion> versions(long itemId) {
        readable(itemId);
        return versions.list(itemId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public ItemVersion version(long itemId, int versionNo) {
        readable(itemId);
        return versions.find(itemId, versionNo).orElseThrow(() -> new NotFoundException("item version", versionNo));
    }

    /** Two versions side by side; the fields an approved amendment needed approval for are marked. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Comparison compare(long itemId, int from, int to) {
        readable(itemId);
        ItemVersion before = versions.find(itemId, from).orElseThrow(() -> new NotFoundException("item version", from));
        ItemVersion after = versions.find(itemId, to).orElseThrow(() -> new NotFoundException("item version", to));
        List<DescriptionGroup> needApproval = after.amendmentId() == null ? List.of()
                : amendments.findByIdAndItemId(after.amendmentId(), itemId).map(Amendment::needApprovalGroups)
                        .orElse(List.of());
        return comparisons.compare(Comparison.Side.of(before), before.snapshot(), Comparison.Side.of(after),
                after.snapshot(), needApproval);
    }

    /**
     * A request side by side with what it changes: the current description and the proposed one while it waits; the
     * version it was based on and the version it became once applied; that version and the proposal if rejected.
     */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Comparison comparison(long itemId, long amendmentId) {
        readable(itemId);
        Amendment amendment = amendments.findByIdAndItemId(amendmentId, itemId)
                .orElseThrow(() -> new NotFoundException("amendment", amendmentId));
        Optional<ItemVersion> base = amendment.basedOnVersion() == null || amendment.isPending()
                ? Optional.empty() : versions.find(itemId, amendment.basedOnVersion());
        Optional<ItemVersion> applied = amendment.appliedVersion() == null ? Optional.empty()
                : versions.find(itemId, amendment.appliedVersion());
        Comparison.Side beforeSide = base.map(Comparison.Side::of).orElse(Comparison.Side.current());
        AidItemDetails before = base.map(ItemVersion::snapshot).orElseGet(() -> queries.details(itemId).orElseThrow());
        return comparisons.compare(beforeSide, before,
                applied.map(Comparison.Side::of).orElse(Comparison.Side.proposed()),
                applied.map(ItemVersion::snapshot).orElse(amendment.proposed()), amendment.needApprovalGroups());
    }

    private void readable(long itemId) {
        queries.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }
}
