package vn.vientro.registry.permit;

import org.springframework.data.repository.CrudRepository;

interface PermitRepository extends CrudRepository<Permit, Long> {
}
