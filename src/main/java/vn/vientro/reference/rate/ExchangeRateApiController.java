package vn.vientro.reference.rate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reference.Conversion;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.Money;

/** Rates and conversions for anyone, anonymous callers included; writes as the policy says, checked before binding. */
@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "reference")
class ExchangeRateApiController {

    private final ExchangeRates rates;

    ExchangeRateApiController(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Decimals travel as strings so no client reads a rate or an amount as floating point. */
    record RateResponse(long id, long version, String currency, LocalDate rateDate, String vndPerUnit, String source,
                        boolean demo) {

        static RateResponse of(ExchangeRate rate) {
            return new RateResponse(rate.id(), rate.version(), rate.currency(), rate.rateDate(),
                    rate.vndPerUnit().stripTrailingZeros().toPlainString(), rate.source(), rate.demo());
        }
    }

    record ConversionResponse(String amount, String currency, String to, String result, String rateUsed,
                              LocalDate rateDate, String source, boolean demo) {
    }

    /** Query parameters bind field by field, so every wrong parameter is reported, not only the first. */
    static class RateQuery {
        private @Nullable @IsoCurrency String currency;
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;
        private @Min(1) @Max(10_000) int limit = 1_000;

        public void setCurrency(@Nullable String currency) { this.currency = currency; }
        public @Nullable String getCurrency() { return currency; }
        public void setFrom(@Nullable LocalDate from) { this.from = from; }
        public @Nullable LocalDate getFrom() { return from; }
        public void setTo(@Nullable LocalDate to) { this.to = to; }
        public @Nullable LocalDate getTo() { return to; }
        public void setLimit(int limit) { this.limit = limit; }
        public int getLimit() { return limit; }
    }

    static class ConvertQuery {
        @NotNull(message = "{reference.converter.amount.required}")
        private @Nullable BigDecimal amount;
        @NotBlank(message = "{reference.rate.currency.required}")
        private @Nullable @IsoCurrency String currency;
        private @IsoCurrency String to = "VND";
        @NotNull(message = "{reference.rate.date.required}")
        private @Nullable LocalDate date;

        public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
        public @Nullable BigDecimal getAmount() { return amount; }
        public void setCurrency(@Nullable String currency) { this.currency = currency; }
        public @Nullable String getCurrency() { return currency; }
        public void setTo(String to) { this.to = to; }
        public String getTo() { return to; }
        public void setDate(@Nullable LocalDate date) { this.date = date; }
        public @Nullable LocalDate getDate() { return date; }
    }

    /** A rate as an API client sends it; {@code version} is required to update or delete. */
    record RateRequest(@Nullable Long version,
                       @NotBlank(message = "{reference.rate.currency.required}") @IsoCurrency String currency,
                       @NotNull(message = "{reference.rate.date.required}") LocalDate rateDate,
                       @NotNull(message = "{reference.rate.value.required}")
                       @Positive(message = "{reference.rate.value.positive}")
                       @Digits(integer = ExchangeRateDetails.MAX_INTEGER_DIGITS, fraction = ExchangeRateDetails.MAX_DECIMALS,
                               message = "{reference.rate.value.digits}") BigDecimal vndPerUnit,
                       @NotBlank(message = "{reference.rate.source.required}")
                       @Size(max = ExchangeRateDetails.MAX_SOURCE_LENGTH, message = "{validation.tooLong}")
                       String source) {

        ExchangeRateDetails toDetails() {
            return new ExchangeRateDetails(currency, rateDate, vndPerUnit, source);
        }
    }

    @GetMapping
    @Operation(summary = "Rates, newest first, filtered by currency and date range (default 1,000 rows, at most 10,000)")
    List<RateResponse> list(@Valid @ModelAttribute RateQuery query) {
        String currency = query.getCurrency() == null || query.getCurrency().isBlank() ? null
                : code(query.getCurrency());
        return rates.list(currency, query.getFrom(), query.getTo(), query.getLimit()).stream()
                .map(RateResponse::of).toList();
    }

    @GetMapping("/convert")
    @Operation(summary = "Convert an amount with the latest rate on or before the date (to VND by default, or USD)",
            description = "409 exchange-rate-missing when a currency has no rate on or before the date.")
    ConversionResponse convert(@Valid @ModelAttribute ConvertQuery query) {
        Currency source = Currency.getInstance(code(Objects.requireNonNull(query.getCurrency())));
        Currency target = query.getTo().isBlank() ? Money.VND : Currency.getInstance(code(query.getTo()));
        Money amount = new Money(Objects.requireNonNull(query.getAmount()), source);
        Conversion conversion = rates.convert(amount, target, Objects.requireNonNull(query.getDate()));
        return new ConversionResponse(amount.amount().toPlainString(), source.getCurrencyCode(),
                target.getCurrencyCode(), conversion.result().amount().toPlainString(),
                conversion.rateUsed().toPlainString(), conversion.rateDate(), conversion.source(),
                conversion.demoRate());
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One rate")
    RateResponse get(@PathVariable long id) {
        return RateResponse.of(rates.get(id));
    }

    @PostMapping
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Operation(summary = "Record a rate (ADMIN); 409 duplicate when the currency already has a rate on that date")
    ResponseEntity<RateResponse> record(@Valid @RequestBody RateRequest request) {
        long id = rates.record(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/exchange-rates/" + id)).body(RateResponse.of(rates.get(id)));
    }

    @PutMapping("/{id:\\d+}")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Operation(summary = "Correct a rate (ADMIN); 409 stale-version if the version is not the current one")
    RateResponse update(@PathVariable long id, @Valid @RequestBody RateRequest request) {
        rates.update(id, request.version() == null ? -1 : request.version(), request.toDetails());
        return RateResponse.of(rates.get(id));
    }

    @DeleteMapping("/{id:\\d+}")
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    @Operation(summary = "Delete a rate (ADMIN); 409 stale-version if the version is not the current one")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        rates.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    private static String code(String currency) {
        return currency.strip().toUpperCase(Locale.ROOT);
    }
}
