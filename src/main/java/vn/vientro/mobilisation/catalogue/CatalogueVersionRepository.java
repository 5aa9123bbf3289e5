package vn.vientro.mobilisation.catalogue;

import org.springframework.data.repository.ListCrudRepository;

interface CatalogueVersionRepository extends ListCrudRepository<CatalogueVersion, Long> {
}
