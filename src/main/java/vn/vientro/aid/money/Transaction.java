package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.AidProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/**
 * A money transaction of an aid item as it is written: recorded, then corrected or deleted. Each transaction is an
 * aggregate of its own, one row: it is corrected and deleted on its own, at the version its editor saw, and nothing
 * else changes with it. What spans an item's transactions (its totals, its parts by sector and commune) is derived by
 * the database as they are written; what depends on the item's state (the legal gate) is {@link MoneyRules}', checked
 * by {@link MoneyFlows} before, under the item's row lock. Read as {@link MoneyTransaction} through
 * {@link MoneyQueries}.
 */
@Table(schema = "aid", name = "money_transaction")
class Transaction {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long aidItem;
    private MoneyKind kind;
    private Funding funding;
    private LocalDate valueDate;
    private BigDecimal amount;
    private String currency;
    @Embedded.Empty
    private Equivalents equivalents;
    private @Nullable String description;
    private @Nullable String reference;
    private String recordedBy;
    private Instant recordedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Transaction(@Nullable Long id, @Nullable Long version, long aidItem, MoneyKind kind, Funding funding,
                LocalDate valueDate, BigDecimal amount, String currency, Equivalents equivalents,
                @Nullable String description, @Nullable String reference, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.version = version;
        this.aidItem = aidItem;
        this.kind = kind;
        this.funding = funding;
        this.valueDate = valueDate;
        this.amount = amount;
        this.currency = currency;
        this.equivalents = equivalents;
        this.description = description;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Records a transaction on the item, converted to VND and USD once its dates are known to be right. */
    static Transaction record(long itemId, TransactionInput input, Recording recording, MoneyConverter converter) {
        check(input, recording);
        return new Transaction(null, null, itemId, input.kind(), input.funding(), input.valueDate(),
                input.amount().amount(), input.amount().currency().getCurrencyCode(), converter.convert(input),
                input.description(), input.reference(), recording.actor(), recording.at());
    }

    /** Replaces what was recorded by the corrected figures, converted again; the corrector becomes its recorder. */
    void correct(TransactionInput input, Recording recording, MoneyConverter converter) {
        check(input, recording);
        Equivalents converted = converter.convert(input);
        kind = input.kind();
        funding = input.funding();
        valueDate = input.valueDate();
        amount = input.amount().amount();
        currency = input.amount().currency().getCurrencyCode();
        equivalents = converted;
        description = input.description();
        reference = input.reference();
        recordedBy = recording.actor();
        recordedAt = recording.at();
    }

    private static void check(TransactionInput input, Recording recording) {
        if (input.kind() != MoneyKind.PLANNED_DISBURSEMENT && input.valueDate().isAfter(recording.today())) {
            throw new InvalidInputException("valueDate", "aid.money.valueDate.future");
        }
        if (input.statedRate() != null && input.statedRate().rateDate().isAfter(recording.today())) {
            throw new InvalidInputException("statedRateDate", "aid.money.statedRateDate.future");
        }
        // Money received or spent before the decision was signed would be money taken before approval.
        LocalDate approvedOn = recording.approvedOn();
        if (input.kind().movesMoney() && approvedOn != null && input.valueDate().isBefore(approvedOn)) {
            throw new BusinessRuleException(AidProblem.MONEY_BEFORE_APPROVAL, "aid.money.valueDate.beforeDecision",
                    "valueDate", approvedOn);
        }
    }

    long id() {
        return Objects.requireNonNull(id, "a transaction has an id once saved");
    }

    @Nullable Long version() {
        return version;
    }

    long itemId() {
        return aidItem;
    }

    MoneyKind kind() {
        return kind;
    }

    LocalDate valueDate() {
        return valueDate;
    }

    BigDecimal amountVnd() {
        return equivalents.amountVnd();
    }

    BigDecimal amountUsd() {
        return equivalents.amountUsd();
    }

    /**
     * Who records or corrects a transaction, when, and the item's approval date, before which no money moves.
     *
     * @param today the province's day at {@code at}
     */
    record Recording(String actor, Instant at, LocalDate today, @Nullable LocalDate approvedOn) {
    }
}
