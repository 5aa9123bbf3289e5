package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRateDetails;

/** A stored rate as an aggregate, so single edits carry an optimistic-lock version. */
@Table(schema = "reference", name = "exchange_rate")
public class Rate {

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
        return new Rate(null, null, details.currency(), details.rateDate(), details.vndPerUnit(), details.source(),
                false);
    }

    /** Corrects the rate; a corrected demo row becomes the administrator's own figure. */
    public void revise(ExchangeRateDetails details) {
        this.currency = details.currency();
        this.rateDate = details.rateDate();
        this.vndPerUnit = details.vndPerUnit();
        this.source = details.source();
        this.demo = false;
    }

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
