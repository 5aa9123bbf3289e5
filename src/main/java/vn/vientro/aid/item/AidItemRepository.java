package vn.vientro.aid.item;

import org.springframework.data.repository.CrudRepository;

/** The aid item aggregate's store; the lifecycle and amendments load and save items through it. */
public interface AidItemRepository extends CrudRepository<AidItem, Long> {
}
