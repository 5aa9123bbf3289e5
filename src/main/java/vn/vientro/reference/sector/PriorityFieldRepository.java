package vn.vientro.reference.sector;

import org.springframework.data.repository.CrudRepository;

interface PriorityFieldRepository extends CrudRepository<PriorityFieldRecord, Long> {
}
