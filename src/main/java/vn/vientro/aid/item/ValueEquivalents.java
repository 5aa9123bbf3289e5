package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.ExchangeRatesChanged;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/**
 * Keeps an item's total value in VND and USD, converted on its planned start (on the day it is described while the
 * start lies ahead). A date before the first rate of its currency leaves the equivalent empty, and the item is saved
 * all the same (its page says there is no rate for that date); when rates are added or corrected, the empty ones are
 * filled in.
 */
@Component
class ValueEquivalents {

    private static final Logger log = LoggerFactory.getLogger(ValueEquivalents.class);

    private final ExchangeRates rates;
    private final AidItemRepository items;
    private final AidItemQueries queries;
    private final Clock clock;

    ValueEquivalents(ExchangeRates rates, AidItemRepository items, AidItemQueries queries, Clock clock) {
        this.rates = rates;
        this.items = items;
        this.queries = queries;
        this.clock = clock;
    }

    /** @throws InvalidInputException at {@code totalAmount} when an equivalent would not fit its column */
    void convert(AidItem item) {
        ItemDescription fields = item.fields();
        Money total = Money.of(java.util.Objects.requireNonNull(fields.totalAmount(), "totalAmount"),
                java.util.Objects.requireNonNull(fields.totalCurrency(), "totalCurrency"));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = fields.plannedStart();
        LocalDate on = start == null || start.isAfter(today) ? today : start;
        BigDecimal vnd = convert(total, Money.VND, on);
        BigDecimal usd = convert(total, Money.USD, on);
        if (vnd != null && !DecimalText.fits(vnd, Money.VND_PRECISION, 0)
                || usd != null && !DecimalText.fits(usd, Money.PRECISION, Money.SCALE)) {
            throw new InvalidInputException("totalAmount", "validation.tooLargeToConvert");
        }
        item.valueEquivalents(vnd, usd);
    }

    private @Nullable BigDecimal convert(Money value, Currency target, LocalDate on) {
        return rates.convertIfRated(value, target, on).map(conversion -> conversion.result().amount()).orElse(null);
    }

    /** Fills in the equivalents the new rates make known; an item someone saves meanwhile is left for next time. */
    @ApplicationModuleListener
    void on(ExchangeRatesChanged changed) {
        for (long id : queries.withoutEquivalents()) {
            items.findById(id).ifPresent(this::fillIn);
        }
    }

    private void fillIn(AidItem item) {
        int missing = item.missingEquivalents();
        try {
            convert(item);
            if (item.missingEquivalents() < missing) {
                items.save(item);
            }
        } catch (OptimisticLockingFailureException | InvalidInputException e) {
            log.info("Value equivalents of aid item {} not filled in: {}", item.id(), e.getClass().getSimpleName());
        }
    }
}
