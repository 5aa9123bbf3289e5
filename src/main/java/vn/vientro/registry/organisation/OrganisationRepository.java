package vn.vientro.registry.organisation;

import org.springframework.data.repository.CrudRepository;

interface OrganisationRepository extends CrudRepository<Organisation, Long> {
}
