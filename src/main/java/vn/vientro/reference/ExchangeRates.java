package vn.vientro.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.reference.rate.Rate;
import vn.vientro.reference.rate.RateCsvReader;
import vn.vientro.reference.rate.RateRepository;
import vn.vientro.reference.rate.RateBatches;
import vn.vientro.reference.rate.RateQueries;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.CommonProblem;
import vn.vientro.shared.DateText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Date-effective exchange rates (VND per unit of a foreign currency) and conversions that say which rate they used.
 * Everyone may read and convert; only administrators change the table.
 */
@Service
public class ExchangeRates {

    /** A cross or inverse rate (such as VND → USD) rarely terminates: 20 significant digits, rounded half-even. */
    public static final MathContext RATE_PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
    /** The source a conversion names when source and target currency are the same. */
    public static final String SAME_CURRENCY = "=";

    private final RateQueries queries;
    private final RateBatches batches;
    private final RateRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExchangeRates(RateQueries queries, RateBatches batches, RateRepository repository,
                  ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.batches = batches;
        this.repository = repository;
        this.events = events;
    }

    /**
     * Converts with the latest rate of each currency dated on or before {@code date}; between two foreign currencies
     * through VND. For a caller that stops without the conversion (a page, the API).
     *
     * @throws ExchangeRateMissingException when a currency has no rate on or before the date
     */
    @Transactional(readOnly = true)
    public Conversion convert(Money amount, Currency target, LocalDate date) {
        return convertIfRated(amount, target, date).orElseThrow(() -> new ExchangeRateMissingException(
                withoutRate(date, amount.currency(), target).orElseThrow(), date));
    }

    /**
     * The conversion {@link #convert} makes, or nothing when a currency has no rate on or before the date: for a
     * caller that goes on without it (docs/architecture.md, "Transactions").
     */
    @Transactional(readOnly = true)
    public Optional<Conversion> convertIfRated(Money amount, Currency target, LocalDate date) {
        if (amount.currency().equals(target)) {
            return Optional.of(new Conversion(amount, BigDecimal.ONE, date, SAME_CURRENCY, false));
        }
        if (withoutRate(date, amount.currency(), target).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(conversion(amount, target, leg(amount.currency(), date), leg(target, date)));
    }

    /** The first of the currencies without a rate on or before the date (VND needs none), if one has none. */
    @Transactional(readOnly = true)
    public Optional<String> withoutRate(LocalDate date, Currency... currencies) {
        return java.util.Arrays.stream(currencies)
                .filter(currency -> !Money.VND.equals(currency) && leg(currency, date).isEmpty())
                .map(Currency::getCurrencyCode).findFirst();
    }

    private static Conversion conversion(Money amount, Currency target, Optional<ExchangeRate> from,
                                         Optional<ExchangeRate> to) {
        BigDecimal fromVnd = from.map(ExchangeRate::vndPerUnit).orElse(BigDecimal.ONE);
        BigDecimal rate = plain(to.isEmpty() ? fromVnd : fromVnd.divide(to.get().vndPerUnit(), RATE_PRECISION));
        Money result = new Money(amount.amount().multiply(rate), target);
        if (from.isPresent() && to.isPresent()) {
            ExchangeRate a = from.get();
            ExchangeRate b = to.get();
            LocalDate older = a.rateDate().isBefore(b.rateDate()) ? a.rateDate() : b.rateDate();
            return new Conversion(result, rate, older, crossSource(a, b), a.demo() || b.demo());
        }
        ExchangeRate used = from.or(() -> to).orElseThrow();
        return new Conversion(result, rate, used.rateDate(), used.source(), used.demo());
    }

    /** Converts with a rate the caller states (a bank advice, a donor's agreement) instead of the table's. */
    public Conversion convert(Money amount, Currency target, StatedRate rate) {
        if (amount.currency().equals(target)) {
            return new Conversion(amount, BigDecimal.ONE, rate.rateDate(), SAME_CURRENCY, false);
        }
        return new Conversion(new Money(amount.amount().multiply(rate.targetPerUnit()), target),
                rate.targetPerUnit(), rate.rateDate(), rate.source(), false);
    }

    /** The rate a conversion on {@code date} would use, if any. */
    @Transactional(readOnly = true)
    public Optional<ExchangeRate> rateOn(String currency, LocalDate date) {
        return queries.latestOnOrBefore(currency.strip().toUpperCase(Locale.ROOT), date);
    }

    /** Newest first, at most {@code limit} rows; {@code null} filters are left out. */
    @Transactional(readOnly = true)
    public List<ExchangeRate> list(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to,
                                   int limit) {
        return queries.list(currency, from, to, limit);
    }

    /** One page of {@code size} rates, newest first; {@code null} filters are left out. */
    @Transactional(readOnly = true)
    public List<ExchangeRate> page(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to,
                                   int page, int size) {
        return queries.list(currency, from, to, size, (long) page * size);
    }

    /** How many rates match the filters (the list may show fewer). */
    @Transactional(readOnly = true)
    public long count(@Nullable String currency, @Nullable LocalDate from, @Nullable LocalDate to) {
        return queries.count(currency, from, to);
    }

    /** Currencies that have at least one rate. */
    @Transactional(readOnly = true)
    public List<String> currencies() {
        return queries.currencies();
    }

    @Transactional(readOnly = true)
    public Optional<ExchangeRate> find(long id) {
        return queries.find(id);
    }

    @Transactional(readOnly = true)
    public ExchangeRate get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("exchange rate", id));
    }

    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Transactional
    public long record(ExchangeRateDetails details) {
        requirePublished(details);
        requireFree(details, null);
        return Objects.requireNonNull(saveOrExplain(Rate.record(details), details).id());
    }

    /** @throws StaleVersionException when {@code expectedVersion} is no longer the stored one */
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Transactional
    public void update(long id, long expectedVersion, ExchangeRateDetails details) {
        Rate rate = repository.findById(id).orElseThrow(() -> new NotFoundException("exchange rate", id));
        if (!Objects.equals(rate.version(), expectedVersion)) {
            throw new StaleVersionException("exchange rate", id);
        }
        requirePublished(details);
        requireFree(details, id);
        rate.revise(details);
        saveOrExplain(rate, details);
    }

    /** @throws StaleVersionException when someone changed the rate after the user saw it */
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Transactional
    public void delete(long id, long expectedVersion) {
        Rate rate = repository.findById(id).orElseThrow(() -> new NotFoundException("exchange rate", id));
        if (!Objects.equals(rate.version(), expectedVersion)) {
            throw new StaleVersionException("exchange rate", id);
        }
        try {
            repository.delete(rate);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException("exchange rate", id); // changed between our check and the delete
        }
    }

    /**
     * Reads a CSV file and checks every row; writes all rows in one transaction only if none has a problem.
     *
     * @throws BusinessRuleException (field {@code file}) when the file is not a CSV text, too large or too long
     */
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Transactional
    public RateImportReport importCsv(byte[] content) {
        RateCsvReader.Result read = RateCsvReader.read(content, LocalDate.now(clock));
        if (!read.problems().isEmpty()) {
            return new RateImportReport(read.rowsRead(), read.problems(), 0, 0, 0);
        }
        List<Boolean> written = batches.upsert(read.rows());
        if (!written.isEmpty()) {
            events.publishEvent(new ExchangeRatesChanged(read.rows().stream().map(ExchangeRateDetails::currency)
                    .distinct().toList(), read.rows().stream().map(ExchangeRateDetails::rateDate)
                    .min(LocalDate::compareTo).orElseThrow()));
        }
        int inserted = Collections.frequency(written, Boolean.TRUE);
        return new RateImportReport(read.rows().size(), List.of(), inserted, written.size() - inserted,
                read.rows().size() - written.size());
    }

    /** The rate of the currency's leg through VND: empty for VND itself, and when the currency has none. */
    private Optional<ExchangeRate> leg(Currency currency, LocalDate date) {
        return Money.VND.equals(currency) ? Optional.empty()
                : queries.latestOnOrBefore(currency.getCurrencyCode(), date);
    }

    /** 26345.50000000 (numeric(19,8)) reads 26345.5: the rate as written, never in exponent notation. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String crossSource(ExchangeRate from, ExchangeRate to) {
        if (from.rateDate().equals(to.rateDate()) && from.source().equals(to.source())) {
            return from.source();
        }
        return from.currency() + " " + DateText.of(from.rateDate()) + ": " + from.source() + "; "
                + to.currency() + " " + DateText.of(to.rateDate()) + ": " + to.source();
    }

    /** A rate is published for a day that has come (a date in 2099 is a typing slip, not a forecast). */
    private void requirePublished(ExchangeRateDetails details) {
        LocalDate today = LocalDate.now(clock);
        if (details.rateDate().isAfter(today)) {
            throw new InvalidInputException("rateDate", "reference.rate.date.future", DateText.of(today));
        }
    }

    private void requireFree(ExchangeRateDetails details, @Nullable Long exceptId) {
        queries.find(details.currency(), details.rateDate())
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw duplicate(details);
                });
    }

    private Rate saveOrExplain(Rate rate, ExchangeRateDetails details) {
        try {
            return repository.save(rate);
        } catch (DuplicateKeyException e) {
            throw duplicate(details); // another administrator stored the same currency and date a moment ago
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException("exchange rate", Objects.requireNonNull(rate.id()));
        }
    }

    private static BusinessRuleException duplicate(ExchangeRateDetails details) {
        return new BusinessRuleException(CommonProblem.DUPLICATE, "reference.rate.duplicate", "rateDate", details.currency(),
                details.rateDate());
    }
}
