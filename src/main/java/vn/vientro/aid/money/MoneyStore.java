package vn.vientro.aid.money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes {@code aid.money_transaction}. Every change checks the version the user saw
 * ({@code where version = :expected}); the trigger keeps {@code aid.money_total} in step.
 */
@Component
class MoneyStore {

    private final JdbcClient jdbc;

    MoneyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, TransactionInput input, Equivalents eq, String actor) {
        return params(jdbc.sql("""
                insert into aid.money_transaction (aid_item, kind, funding, value_date, amount, currency, rate_to_vnd,
                       rate_to_usd, rate_date, rate_source, rate_stated, demo_rate, amount_vnd, amount_usd, description,
                       reference, recorded_by)
                values (:item, :kind, :funding, :valueDate, :amount, :currency, :rateToVnd, :rateToUsd, :rateDate,
                        :source, :stated, :demo, :amountVnd, :amountUsd, :description, :reference, :actor)
                returning id
                """), input, eq).param("item", itemId).param("actor", actor).query(Long.class).single();
    }

    /** @return whether the row at that version was there to update */
    boolean update(long id, long expectedVersion, TransactionInput input, Equivalents eq, String actor) {
        return params(jdbc.sql("""
                update aid.money_transaction
                   set version = version + 1, kind = :kind, funding = :funding, value_date = :valueDate,
                       amount = :amount, currency = :currency, rate_to_vnd = :rateToVnd, rate_to_usd = :rateToUsd,
                       rate_date = :rateDate, rate_source = :source, rate_stated = :stated, demo_rate = :demo,
                       amount_vnd = :amountVnd, amount_usd = :amountUsd, description = :description,
                       reference = :reference, recorded_by = :actor, recorded_at = now()
                 where id = :id and version = :expected
                """), input, eq).param("id", id).param("expected", expectedVersion).param("actor", actor)
                .update() == 1;
    }

    boolean delete(long id, long expectedVersion) {
        return jdbc.sql("delete from aid.money_transaction where id = :id and version = :expected")
                .param("id", id).param("expected", expectedVersion).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, TransactionInput input,
                                                   Equivalents eq) {
        return sql.param("kind", input.kind().name()).param("funding", input.funding().name())
                .param("valueDate", input.valueDate()).param("amount", input.amount().amount())
                .param("currency", input.amount().currency().getCurrencyCode())
                .param("rateToVnd", eq.rateToVnd()).param("rateToUsd", eq.rateToUsd())
                .param("rateDate", eq.rateDate()).param("source", eq.source()).param("stated", eq.stated())
                .param("demo", eq.demo()).param("amountVnd", eq.amountVnd()).param("amountUsd", eq.amountUsd())
                .param("description", input.description()).param("reference", input.reference());
    }
}
