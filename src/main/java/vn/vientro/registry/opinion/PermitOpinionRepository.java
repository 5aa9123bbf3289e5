package vn.vientro.registry.opinion;

import org.springframework.data.repository.CrudRepository;

interface PermitOpinionRepository extends CrudRepository<PermitOpinion, Long> {
}
