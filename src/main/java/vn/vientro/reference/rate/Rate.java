package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.reference.ExchangeRatesChanged;

/** A stored rate as an aggregate, so single edits carry an optimistic-lock version. */
@Table(schema = "reference", name = "exchange_rate")
public class Rate extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String currency;
    private LocalDate rateDate;
    private BigDecimal vndPerUnit;
    private String source;
    private boolean demo;

    @PersistenceCreator
    Rate(@Nullable Long id, @Nullable Long version, String currency, LocalDate rateDate, BigDecimal vndPerUnit,
         String source, boolean demo) {
        this.id = id;
        this.version = version;
        this.currency = currency;
        this.rateDate = rateDate;
        this.vndPerUnit = vndPerUnit;
        this.source = source;
        this.demo = demo;
    }

    /** An administrator's rate: an official figure, never demo data. */
    public static Rate record(ExchangeRateDetails details) {
        Rate rate = new Rate(null, null, details.currency(), details.rateDate(), details.vndPerUnit(),
                details.source(), false);
        rate.publish(id -> new ExchangeRatesChanged(List.of(details.currency()), details.rateDate()));
        return rate;
    }

    /** Corrects the rate; a corrected demo row becomes the administrator's own figure. */
    public void revise(ExchangeRateDetails details) {
        List<String> currencies = currency.equals(details.currency()) ? List.of(currency)
                : List.of(currency, details.currency());
        LocalDate from = rateDate.isBefore(details.rateDate()) ? rateDate : details.rateDate();
        publish(id -> new ExchangeRatesChanged(currencies, from));
        this.currency = details.currency();
        this.rateDate = details.rateDate();
        this.vndPerUnit = details.vndPerUnit();
        this.source = details.source();
        this.demo = false;
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long version() {
        return version;
    }

    public ExchangeRate view() {
        return new ExchangeRate(id == null ? 0 : id, version == null ? 0 : version, currency, rateDate, vndPerUnit,
                source, demo);
    }
}
