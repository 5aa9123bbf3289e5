package vn.vientro.mobilisation.bulletin;

import org.springframework.data.repository.ListCrudRepository;

interface BulletinEntryRepository extends ListCrudRepository<BulletinEntry, Long> {
}
