package vn.vientro.aid.closing;

import org.springframework.data.repository.Repository;

/** Closed periods are added, never changed or removed. */
public interface PeriodCloseRepository extends Repository<PeriodClose, Long> {

    PeriodClose save(PeriodClose close);
}
