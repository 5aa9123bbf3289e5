package vn.vientro.aid.closing;

import org.springframework.data.repository.Repository;

/** The post-close corrections: added, never changed or removed. */
interface CorrectionLog extends Repository<CorrectionAfterClose, Long> {

    CorrectionAfterClose save(CorrectionAfterClose correction);
}
