package vn.vientro.aid.money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.AidPolicy;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/**
 * An item's money over the API, with the pages' rules: a receipt or spending before approval answers 409, a stale
 * version 409. Amounts are JSON numbers read as exact decimals.
 */
@RestController
class MoneyApiController {

    private static final String TRANSACTIONS = "/api/v1/aid-items/{itemId}/transactions";

    private final MoneyFlows flows;

    MoneyApiController(MoneyFlows flows) {
        this.flows = flows;
    }

    @GetMapping(TRANSACTIONS)
    ItemMoney list(@PathVariable long itemId) {
        return new ItemMoney(flows.transactions(itemId), flows.totals(itemId));
    }

    @PostMapping(TRANSACTIONS)
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    ResponseEntity<MoneyTransaction> record(@PathVariable long itemId, @Valid @RequestBody TransactionRequest request) {
        long transactionId = flows.record(itemId, request.fields().toInput(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/transactions/" + transactionId))
                .body(flows.get(itemId, transactionId));
    }

    @GetMapping(TRANSACTIONS + "/{transactionId}")
    MoneyTransaction get(@PathVariable long itemId, @PathVariable long transactionId) {
        return flows.get(itemId, transactionId);
    }

    @PutMapping(TRANSACTIONS + "/{transactionId}")
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    MoneyTransaction correct(@PathVariable long itemId, @PathVariable long transactionId,
                             @Valid @RequestBody TransactionRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        flows.correct(itemId, transactionId, request.version(), request.fields().toInput(), request.reason());
        return flows.get(itemId, transactionId);
    }

    @DeleteMapping(TRANSACTIONS + "/{transactionId}")
    @PreAuthorize(AidPolicy.RECORD_MONEY)
    ResponseEntity<Void> delete(@PathVariable long itemId, @PathVariable long transactionId,
                                @RequestParam(required = false) @Nullable Long version,
                                @RequestParam(required = false) @Nullable String closeReason) {
        if (version == null) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        flows.delete(itemId, transactionId, version, closeReason == null || closeReason.isBlank() ? null
                : closeReason);
        return ResponseEntity.noContent().build();
    }

    /** Money of one kind split over sectors by the items' percentages; each item counted once. */
    @GetMapping("/api/v1/aid-money/by-sector")
    List<MoneySplit> bySector(@RequestParam MoneyKind kind, @RequestParam(required = false) @Nullable Funding funding,
                              @RequestParam(required = false) @Nullable Integer fromYear,
                              @RequestParam(required = false) @Nullable Integer toYear) {
        return flows.bySector(new MoneyFilter(kind, funding, fromYear, toYear, null, null));
    }

    @GetMapping("/api/v1/aid-money/by-commune")
    List<MoneySplit> byCommune(@RequestParam MoneyKind kind,
                               @RequestParam(required = false) @Nullable Funding funding,
                               @RequestParam(required = false) @Nullable Integer fromYear,
                               @RequestParam(required = false) @Nullable Integer toYear) {
        return flows.byCommune(new MoneyFilter(kind, funding, fromYear, toYear, null, null));
    }

    record ItemMoney(List<MoneyTransaction> transactions, MoneyTotals totals) {
    }

    /**
     * A transaction as the API takes it; {@code version} only to correct.
     *
     * @param statedRate VND per one unit of {@code currency}, to use instead of the rate table's
     * @param closeReason why money dated in a closed reporting period changes (needed only then)
     */
    record TransactionRequest(@Nullable Long version,
                              @Nullable MoneyKind kind,
                              @Nullable Funding funding,
                              @Nullable LocalDate valueDate,
                              @Nullable BigDecimal amount,
                              @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String currency,
                              @Nullable BigDecimal statedRate,
                              @Nullable LocalDate statedRateDate,
                              @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                              @Nullable String statedRateSource,
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                              @Nullable String description,
                              @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                              @Nullable String reference,
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                              @Nullable String closeReason) {

        /** Why money dated in a closed reporting period changes; needed only then. */
        @Nullable String reason() {
            return closeReason == null || closeReason.isBlank() ? null : closeReason;
        }

        TransactionFields fields() {
            return new TransactionFields(kind, funding, valueDate, amount, currency, statedRate, statedRateDate,
                    statedRateSource, description, reference);
        }
    }
}
