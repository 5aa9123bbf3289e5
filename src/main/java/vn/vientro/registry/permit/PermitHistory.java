package vn.vientro.registry.permit;

import org.springframework.data.repository.Repository;

/** The papers' histories: entries are added, never changed or removed. */
interface PermitHistory extends Repository<PermitHistoryEntry, Long> {

    PermitHistoryEntry save(PermitHistoryEntry entry);
}
