package vn.vientro.aid.lifecycle;

import org.springframework.data.repository.CrudRepository;

/** The decision aggregate's store. */
interface ItemDecisionRepository extends CrudRepository<ItemDecision, Long> {
}
