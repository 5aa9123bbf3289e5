package vn.vientro.aid.item;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRules;

/**
 * Hands out item codes {@code VT-2026-0042}: numbered per year, one at a time even under concurrent drafting. A
 * counter, not an aggregate: one upsert takes the next number atomically, where a versioned read-then-save would make
 * concurrent drafts retry.
 */
@Component
class CodeSequence {

    private final JdbcClient jdbc;
    private final AidRules rules;

    CodeSequence(JdbcClient jdbc, AidRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    String next(int year) {
        int number = jdbc.sql("""
                insert into aid.code_counter (code_year, last_number) values (:year, 1)
                on conflict (code_year) do update set last_number = aid.code_counter.last_number + 1
                returning last_number
                """).param("year", year).query(Integer.class).single();
        return "%s-%d-%04d".formatted(rules.codePrefix(), year, number);
    }
}
