package vn.vientro.aid.money;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves money transactions; saving or deleting one at a version someone else moved on fails. */
interface TransactionRepository extends ListCrudRepository<Transaction, Long> {
}
