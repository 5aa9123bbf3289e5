package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.money.Funding;
import vn.vientro.aid.money.MoneyFlows;
import vn.vientro.aid.money.MoneyKind;
import vn.vientro.aid.money.MoneyTransaction;
import vn.vientro.aid.money.TransactionInput;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.Text;

/**
 * Money another system reports for an aid item (an IATI activity's transactions and budgets): compared with what the
 * item records — one is already recorded when a transaction of the same kind, value date, amount and currency is —
 * and the new ones recorded through {@link MoneyFlows}, behind the same legal gate, rules and audit trail as the money
 * form. Recording twice records nothing the second time.
 */
@Service
public class ImportedMoney {

    private final MoneyFlows flows;
    private final AidItemQueries items;
    private final Codelists codelists;
    private final ExchangeRates rates;
    private final Clock clock;

    ImportedMoney(MoneyFlows flows, AidItemQueries items, Codelists codelists, ExchangeRates rates, Clock clock) {
        this.flows = flows;
        this.items = items;
        this.codelists = codelists;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * A transaction as reported: {@code kind} a {@code MoneyKind} name (COMMITMENT, PLANNED_DISBURSEMENT,
     * DISBURSEMENT, EXPENDITURE).
     */
    public record ImportedTransaction(String kind, LocalDate valueDate, BigDecimal amount, String currency) {

        /** What makes two transactions the same one. */
        String sameness() {
            return kind + "|" + valueDate + "|" + amount.stripTrailingZeros().toPlainString() + "|" + currency;
        }
    }

    /** What recording would do with a reported transaction. */
    public enum State { NEW, EXISTING, REFUSED }

    /** A reported transaction, what recording would do with it and, when refused, why. */
    public record Line(ImportedTransaction transaction, State state, @Nullable Text reason) {
    }

    /** The reported transactions against the item's: each already recorded, new, or refused with its reason. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<Line> plan(long itemId, List<ImportedTransaction> reported) {
        AidItemRecord item = items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
        return plan(item.status(), item.approvedOn(), flows.transactions(itemId), reported);
    }

    /** The reported transactions as a new dossier draft would take them: promises of money only. */
    @PreAuthorize(AidPolicy.DRAFT)
    @Transactional(readOnly = true)
    public List<Line> planForDraft(List<ImportedTransaction> reported) {
        return plan(AidStatus.DOSSIER_DRAFT, null, List.of(), reported);
    }

    /**
     * Records the reported transactions the item does not record yet and may take now, as {@code description} says
     * (the source).
     *
     * @return how many were recorded
     */
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public int record(long itemId, List<ImportedTransaction> reported, String description) {
        int recorded = 0;
        for (Line line : plan(itemId, reported)) {
            if (line.state() == State.NEW) {
                ImportedTransaction t = line.transaction();
                flows.record(itemId, new TransactionInput(MoneyKind.valueOf(t.kind()), Funding.AID, t.valueDate(),
                        Money.of(t.amount(), t.currency()), null, description, null));
                recorded++;
            }
        }
        return recorded;
    }

    private List<Line> plan(AidStatus status, @Nullable LocalDate approvedOn, List<MoneyTransaction> recorded,
                            List<ImportedTransaction> reported) {
        Map<String, Integer> kept = new HashMap<>();
        for (MoneyTransaction t : recorded) {
            kept.merge(new ImportedTransaction(t.kind().name(), t.valueDate(), t.amount(), t.currency()).sameness(),
                    1, Integer::sum);
        }
        List<Line> lines = new ArrayList<>();
        for (ImportedTransaction t : reported) {
            Integer left = kept.get(t.sameness());
            if (left != null && left > 0) {
                kept.put(t.sameness(), left - 1);
                lines.add(new Line(t, State.EXISTING, null));
            } else {
                Optional<Text> refusal = refusal(status, approvedOn, t);
                lines.add(new Line(t, refusal.isPresent() ? State.REFUSED : State.NEW, refusal.orElse(null)));
            }
        }
        return lines;
    }

    /** Why the money form would refuse the transaction, if it would: the same rules, asked before writing. */
    private Optional<Text> refusal(AidStatus status, @Nullable LocalDate approvedOn, ImportedTransaction t) {
        MoneyKind kind = MoneyKind.valueOf(t.kind());
        if (!codelists.exists(Codelists.CURRENCY, t.currency())) {
            return Optional.of(Text.of("aid.money.currency.unknown", t.currency()));
        }
        Currency unit;
        try {
            unit = Currency.getInstance(t.currency());
        } catch (IllegalArgumentException e) {
            return Optional.of(Text.of("aid.money.currency.unknown", t.currency()));
        }
        if (t.amount().signum() <= 0) {
            return Optional.of(Text.of("aid.money.amount.positive"));
        }
        int digits = Math.min(Math.max(unit.getDefaultFractionDigits(), 0), 2);
        if (t.amount().stripTrailingZeros().scale() > digits) {
            return Optional.of(Text.of("aid.money.amount.decimals", t.currency(), digits));
        }
        if (!DecimalText.fits(t.amount(), Money.PRECISION, Money.SCALE)) {
            return Optional.of(Text.of("validation.tooLargeToConvert"));
        }
        if (!MoneyFlows.allows(status, kind)) {
            return Optional.of(Text.of("aid.money.gate", Text.of("aid.money.kind." + kind.name()),
                    Text.of("aid.status." + status.name())));
        }
        if (kind != MoneyKind.PLANNED_DISBURSEMENT && t.valueDate().isAfter(LocalDate.now(clock))) {
            return Optional.of(Text.of("aid.money.valueDate.future"));
        }
        if (kind.movesMoney() && approvedOn != null && t.valueDate().isBefore(approvedOn)) {
            return Optional.of(Text.of("aid.money.valueDate.beforeDecision", approvedOn));
        }
        return rates.withoutRate(t.valueDate(), unit, Money.USD)
                .map(missing -> Text.of("aid.money.rate.missing", missing, t.valueDate()));
    }
}
