package vn.vientro.mobilisation.need;

import org.springframework.data.repository.ListCrudRepository;

interface NeedRepository extends ListCrudRepository<Need, Long> {
}
