package vn.vientro.aid.appraisal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;
import vn.vientro.platform.Actor;

/**
 * Every read of a confidential opinion (DOMAIN.md §10: audit-log every read of secret items), which the audit trail
 * copies: entries are added, never changed or removed.
 */
interface ConfidentialReads extends Repository<ConfidentialRead, Long> {

    List<ConfidentialRead> saveAll(Iterable<ConfidentialRead> reads);

    /** Records the confidential ones among the opinions just read; the caller's transaction must be writable. */
    default void record(Collection<OpinionRequestView> read, ReadChannel channel) {
        String reader = Actor.current();
        saveAll(read.stream().filter(OpinionRequestView::confidential)
                .map(opinion -> ConfidentialRead.of(opinion, reader, channel)).toList());
    }
}
