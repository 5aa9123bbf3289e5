package vn.vientro.identity.token;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    boolean existsByTokenHash(String tokenHash);
}
