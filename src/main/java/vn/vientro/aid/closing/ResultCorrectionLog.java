package vn.vientro.aid.closing;

import org.springframework.data.repository.Repository;

/** The post-close corrections of results: added, never changed or removed. */
interface ResultCorrectionLog extends Repository<ResultCorrectionAfterClose, Long> {

    ResultCorrectionAfterClose save(ResultCorrectionAfterClose correction);
}
