package vn.vientro.registry.contact;

import org.springframework.data.repository.CrudRepository;

interface ContactRepository extends CrudRepository<Contact, Long> {
}
