package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/** Aid items over the API: the list with the page's filters, one item, drafting and updating. */
@RestController
@RequestMapping("/api/v1/aid-items")
class AidItemApiController {

    private final AidPortfolio portfolio;

    AidItemApiController(AidPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    @SuppressWarnings("checkstyle:ParameterNumber")
    AidItemPage list(@RequestParam(required = false) @Nullable AidStatus status,
                     @RequestParam(required = false) @Nullable AidKind kind,
                     @RequestParam(required = false) @Nullable Long donor,
                     @RequestParam(required = false) @Nullable String field,
                     @RequestParam(required = false) @Nullable String commune,
                     @RequestParam(required = false) @Nullable Integer year,
                     @RequestParam(defaultValue = "false") boolean mine,
                     @RequestParam(defaultValue = "false") boolean overdue,
                     @RequestParam(required = false) @Nullable String q,
                     @RequestParam(required = false) @Nullable String sort,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return portfolio.list(new AidItemFilter(status, kind, donor, field, commune, year, mine, overdue, q, sort,
                page, size));
    }

    @GetMapping("/{itemId}")
    AidItemView get(@PathVariable long itemId) {
        return portfolio.get(itemId);
    }

    @PostMapping
    @PreAuthorize(AidPolicy.DRAFT)
    ResponseEntity<Map<String, Object>> create(@RequestBody AidItemRequest request) {
        long id = portfolio.draft(request.toDetails());
        AidItemRecord item = portfolio.get(id).item();
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id))
                .body(Map.of("id", id, "code", item.code(), "version", item.version()));
    }

    @PutMapping("/{itemId}")
    @PreAuthorize(AidPolicy.EDIT)
    Map<String, Object> update(@PathVariable long itemId, @RequestBody AidItemRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        portfolio.update(itemId, request.version(), request.toDetails());
        return Map.of("id", itemId, "version", portfolio.get(itemId).item().version());
    }

    /** An item as the API takes it; amounts as decimal strings or numbers, never floating point internally. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    record AidItemRequest(@Nullable Long version, @Nullable AidKind kind, @Nullable DeliveryForm deliveryForm,
                          @Nullable String nameVi, @Nullable String nameEn, @Nullable String nameOriginal,
                          @Nullable String iatiIdentifier, @Nullable String objectivesVi,
                          @Nullable String objectivesEn, @Nullable String descriptionVi,
                          @Nullable String descriptionEn, @Nullable String priorityField, @Nullable Long donorId,
                          @Nullable Long implementerId, @Nullable Long ownerAgencyId,
                          @Nullable Long governingAgencyId, @Nullable LocalDate plannedStart,
                          @Nullable LocalDate plannedEnd, @Nullable LocalDate disasterOn,
                          @Nullable BigDecimal totalAmount, @Nullable String totalCurrency,
                          @Nullable BigDecimal counterpartAmount, @Nullable String counterpartCurrency,
                          @Nullable String counterpartSource, CounterpartFunds.@Nullable Form counterpartForm,
                          @Nullable Beneficiaries beneficiaries, @Nullable List<SectorShare> sectors,
                          @Nullable List<LocationShare> locations, @Nullable List<Party> parties,
                          @Nullable List<ItemContact> contacts, @Nullable Set<PublicGroup> publicGroups) {

        AidItemDetails toDetails() {
            require(kind, "kind", "aid.item.kind.required");
            require(nameVi, "nameVi", "aid.item.nameVi.required");
            require(donorId, "donorId", "aid.item.donor.required");
            require(ownerAgencyId, "ownerAgencyId", "aid.item.owner.required");
            require(governingAgencyId, "governingAgencyId", "aid.item.governing.required");
            require(totalAmount, "totalAmount", "aid.item.totalAmount.required");
            require(totalCurrency, "totalCurrency", "aid.item.currency.unknown");
            return new AidItemDetails(kind, deliveryForm == null ? DeliveryForm.CASH : deliveryForm, nameVi, nameEn,
                    nameOriginal, iatiIdentifier, objectivesVi, objectivesEn, descriptionVi, descriptionEn,
                    priorityField, donorId, implementerId, ownerAgencyId, governingAgencyId, plannedStart, plannedEnd,
                    disasterOn, money(totalAmount, totalCurrency, "totalCurrency"),
                    new CounterpartFunds(counterpartAmount == null ? null : money(counterpartAmount,
                            counterpartCurrency == null ? "VND" : counterpartCurrency, "counterpartCurrency"),
                            counterpartSource, counterpartForm),
                    beneficiaries == null ? Beneficiaries.none() : beneficiaries,
                    sectors == null ? List.of() : sectors,
                    locations == null ? List.of() : locations.stream().map(l -> new LocationShare(l.communeCode(),
                            "", null, l.percent())).toList(),
                    parties == null ? List.of() : parties, contacts == null ? List.of() : contacts,
                    publicGroups == null ? Set.of() : publicGroups);
        }

        private static Money money(BigDecimal amount, String currency, String field) {
            try {
                return Money.of(amount, currency.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "aid.item.currency.unknown");
            }
        }

        private static void require(@Nullable Object value, String field, String key) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                throw new InvalidInputException(field, key);
            }
        }
    }
}
