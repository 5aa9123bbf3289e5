package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidMoneyChanged;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.ClosedPeriod;
import vn.vientro.aid.closing.ClosingGuard;
import vn.vientro.aid.item.AidItemLock;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Records, corrects and deletes an item's money transactions, behind the legal gate: receipts and spendings only under
 * an approval decision (Decree 313/2025, as Decree 80/2020 before it). The aid owner's officers, the focal point and
 * administrators act for the owner; the appraisal lead (the finance department) also records.
 */
@Service
public class MoneyFlows {

    private final TransactionRepository transactions;
    private final MoneyQueries queries;
    private final MoneyRules rules;
    private final MoneyConverter converter;
    private final AidItemQueries items;
    private final AidPolicy policy;
    private final AidItemLock lock;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClosingGuard closing;

    @SuppressWarnings("checkstyle:ParameterNumber")
    MoneyFlows(TransactionRepository transactions, MoneyQueries queries, MoneyRules rules, MoneyConverter converter,
               AidItemQueries items, AidPolicy policy, AidItemLock lock, Clock clock,
               ApplicationEventPublisher events, ClosingGuard closing) {
        this.closing = closing;
        this.transactions = transactions;
        this.lock = lock;
        this.queries = queries;
        this.rules = rules;
        this.converter = converter;
        this.items = items;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** Whether a transaction of this kind may be recorded on an item in this status (the legal gate alone). */
    public static boolean allows(vn.vientro.aid.AidStatus status, MoneyKind kind) {
        return MoneyRules.allows(status, kind);
    }

    /** The kinds the signed-in user may record on the item now; empty when they may not record at all. */
    public Set<MoneyKind> recordableKinds(AidItemRecord item) {
        return policy.mayRecordMoney(item) ? MoneyRules.allowedKinds(item.status()) : Set.of();
    }

    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public long record(long itemId, TransactionInput input) {
        return record(itemId, input, null);
    }

    /**
     * Records a transaction; one dated inside a closed reporting period needs {@code closeReason} and is logged as a
     * post-close correction ({@link ClosingGuard}).
     */
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public long record(long itemId, TransactionInput input, @Nullable String closeReason) {
        AidItemRecord item = writable(itemId);
        rules.check(item, input);
        Optional<ClosedPeriod> closed = closing.check(null, input.valueDate(), closeReason);
        Transaction.Recording recording = recording(item);
        Transaction saved = transactions.save(Transaction.record(itemId, input, recording, converter));
        closed.ifPresent(period -> closing.log(period, itemId, saved.id(), "RECORDED", saved.kind().name(),
                saved.valueDate(), null, saved.amountVnd(), null, saved.amountUsd(), reason(closeReason),
                recording.actor(), recording.at()));
        events.publishEvent(new AidMoneyChanged(itemId));
        return saved.id();
    }

    /** @throws StaleVersionException when the transaction changed since the user read it */
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public void correct(long itemId, long transactionId, long expectedVersion, TransactionInput input) {
        correct(itemId, transactionId, expectedVersion, input, null);
    }

    /** Corrects a transaction; money dated (before or after) inside a closed period needs {@code closeReason}. */
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public void correct(long itemId, long transactionId, long expectedVersion, TransactionInput input,
                        @Nullable String closeReason) {
        AidItemRecord item = writable(itemId);
        Transaction transaction = load(itemId, transactionId);
        rules.gate(item, transaction.kind());
        seen(transaction, expectedVersion);
        rules.check(item, input);
        Optional<ClosedPeriod> closed = closing.check(transaction.valueDate(), input.valueDate(), closeReason);
        LocalDate dayBefore = transaction.valueDate();
        BigDecimal vndBefore = transaction.amountVnd();
        BigDecimal usdBefore = transaction.amountUsd();
        Transaction.Recording recording = recording(item);
        transaction.correct(input, recording, converter);
        transactions.save(transaction);
        closed.ifPresent(period -> closing.log(period, itemId, transactionId, "CORRECTED", transaction.kind().name(),
                period.contains(dayBefore) ? dayBefore : transaction.valueDate(), vndBefore,
                transaction.amountVnd(), usdBefore, transaction.amountUsd(), reason(closeReason), recording.actor(),
                recording.at()));
        events.publishEvent(new AidMoneyChanged(itemId));
    }

    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public void delete(long itemId, long transactionId, long expectedVersion) {
        delete(itemId, transactionId, expectedVersion, null);
    }

    /** Deletes a transaction; one dated inside a closed period needs {@code closeReason}. */
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    @Transactional
    public void delete(long itemId, long transactionId, long expectedVersion, @Nullable String closeReason) {
        AidItemRecord item = writable(itemId);
        Transaction transaction = load(itemId, transactionId);
        rules.gate(item, transaction.kind());
        seen(transaction, expectedVersion);
        Optional<ClosedPeriod> closed = closing.check(transaction.valueDate(), null, closeReason);
        transactions.delete(transaction);
        Transaction.Recording recording = recording(item);
        closed.ifPresent(period -> closing.log(period, itemId, transactionId, "DELETED", transaction.kind().name(),
                transaction.valueDate(), transaction.amountVnd(), null, transaction.amountUsd(), null,
                reason(closeReason), recording.actor(), recording.at()));
        events.publishEvent(new AidMoneyChanged(itemId));
    }

    private static String reason(@Nullable String closeReason) {
        return Objects.requireNonNull(closeReason, "a change in a closed period has a reason");
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public MoneyTransaction get(long itemId, long transactionId) {
        readable(itemId);
        return existing(itemId, transactionId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<MoneyTransaction> transactions(long itemId) {
        readable(itemId);
        return queries.transactions(itemId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public MoneyTotals totals(long itemId) {
        readable(itemId);
        return queries.totals(itemId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public CumulativeSeries cumulative(long itemId) {
        readable(itemId);
        return queries.cumulative(itemId);
    }

    /** Splits over sectors: provincial roles see every item, an agency officer the items of their agency. */
    @PreAuthorize(AidPolicy.LIST)
    @Transactional(readOnly = true)
    public List<MoneySplit> bySector(MoneyFilter filter) {
        return queries.bySector(restricted(filter));
    }

    @PreAuthorize(AidPolicy.LIST)
    @Transactional(readOnly = true)
    public List<MoneySplit> byCommune(MoneyFilter filter) {
        return queries.byCommune(restricted(filter));
    }

    private MoneyFilter restricted(MoneyFilter filter) {
        if (filter.itemId() != null) {
            if (!policy.canRead(filter.itemId())) {
                throw new AccessDeniedException("aid item " + filter.itemId() + " is not the caller's");
            }
            return filter;
        }
        return policy.readsAll() ? filter : filter.forAgency(CurrentUser.agency().orElse(-1));
    }

    private AidItemRecord readable(long itemId) {
        return items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }

    private AidItemRecord writable(long itemId) {
        // A suspension or settlement committing meanwhile must not let a receipt slip in: hold the item's row.
        lock.hold(itemId);
        return readable(itemId);
    }

    private Transaction load(long itemId, long transactionId) {
        return transactions.findById(transactionId).filter(t -> t.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("money transaction", transactionId));
    }

    private static void seen(Transaction transaction, long expectedVersion) {
        if (!Objects.equals(transaction.version(), expectedVersion)) {
            throw new StaleVersionException("money transaction", transaction.id());
        }
    }

    private Transaction.Recording recording(AidItemRecord item) {
        return new Transaction.Recording(Actor.current(), Instant.now(clock), LocalDate.now(clock), item.approvedOn());
    }

    private MoneyTransaction existing(long itemId, long transactionId) {
        return queries.transaction(transactionId).filter(t -> t.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("money transaction", transactionId));
    }
}
