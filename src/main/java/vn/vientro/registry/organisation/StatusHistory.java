package vn.vientro.registry.organisation;

import org.springframework.data.repository.Repository;

/** The organisations' status histories: entries are added, never changed or removed. */
interface StatusHistory extends Repository<StatusHistoryEntry, Long> {

    StatusHistoryEntry save(StatusHistoryEntry entry);
}
