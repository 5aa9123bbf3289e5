package vn.vientro.mobilisation.reward;

import org.springframework.data.repository.ListCrudRepository;

interface RewardRepository extends ListCrudRepository<Reward, Long> {
}
