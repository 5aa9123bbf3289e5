package vn.vientro.reference.sector;

import org.springframework.data.repository.CrudRepository;

public interface PriorityFieldRepository extends CrudRepository<PriorityFieldRecord, Long> {
}
