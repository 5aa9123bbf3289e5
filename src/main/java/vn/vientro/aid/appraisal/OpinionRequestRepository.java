package vn.vientro.aid.appraisal;

import org.springframework.data.repository.CrudRepository;

/** The opinion request aggregate's store. */
interface OpinionRequestRepository extends CrudRepository<OpinionRequest, Long> {
}
