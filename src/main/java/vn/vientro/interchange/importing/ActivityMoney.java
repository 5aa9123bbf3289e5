package vn.vientro.interchange.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.ImportedMoney.ImportedTransaction;

/**
 * An activity's money as the aid item records it: outgoing commitments (IATI transaction type 2), disbursements (3)
 * and expenditures (4) on their value date (else the transaction date), and each budget as a planned disbursement at
 * the start of its period (the province plans money by period as planned disbursements; it keeps no budget lines of
 * its own). Amounts in the activity's default currency unless they name theirs. Incoming funds, loans, interest and
 * the other IATI types have no counterpart here and are left out.
 */
final class ActivityMoney {

    private static final Map<String, String> KINDS = Map.of("2", "COMMITMENT", "3", "DISBURSEMENT", "4",
            "EXPENDITURE");

    private ActivityMoney() {
    }

    /** The activity's money; what lacks a date, an amount or a currency is counted in a note. */
    static List<ImportedTransaction> of(ActivityFacts facts, List<ActivityMapping.Note> notes) {
        List<ImportedTransaction> money = new ArrayList<>();
        int incomplete = 0;
        for (ActivityFacts.Transaction t : facts.transactions()) {
            String kind = t.type() == null ? null : KINDS.get(t.type().strip());
            if (kind == null) {
                continue;
            }
            LocalDate date = ActivityMatching.date(t.valueDate() != null ? t.valueDate() : t.date());
            String currency = currency(t.currency(), facts);
            if (date == null || t.value() == null || currency == null) {
                incomplete++;
            } else {
                money.add(new ImportedTransaction(kind, date, t.value(), currency));
            }
        }
        for (ActivityFacts.Amount budget : facts.budgets()) {
            LocalDate date = ActivityMatching.date(budget.periodStart() != null ? budget.periodStart()
                    : budget.valueDate());
            String currency = currency(budget.currency(), facts);
            if (date == null || currency == null) {
                incomplete++;
            } else {
                money.add(new ImportedTransaction("PLANNED_DISBURSEMENT", date, budget.value(), currency));
            }
        }
        if (incomplete > 0) {
            notes.add(new ActivityMapping.Note("interchange.import.note.moneyIncomplete",
                    List.of(Integer.toString(incomplete))));
        }
        return money;
    }

    private static @Nullable String currency(@Nullable String own, ActivityFacts facts) {
        String code = own != null && !own.isBlank() ? own : facts.defaultCurrency();
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
