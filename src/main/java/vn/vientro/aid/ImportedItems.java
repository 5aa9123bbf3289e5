package vn.vientro.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.ItemDescription;
import vn.vientro.aid.item.ItemField;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.SectorShare;

/**
 * Aid items written from another system's records (an IATI activity): the values of the fields such a record may
 * fill, read and written by field name through the same services, rules and permissions as the item form. Enum
 * values travel as their names, so the caller needs none of this module's internal types.
 */
@Service
public class ImportedItems {

    /** The description's fields an imported record may fill, by their names in {@code ItemDescription}. */
    public static final List<String> FIELDS = List.of("kind", "deliveryForm", "nameVi", "nameEn", "nameOriginal",
            "iatiIdentifier", "objectivesVi", "objectivesEn", "descriptionVi", "descriptionEn", "donorId",
            "ownerAgencyId", "governingAgencyId", "plannedStart", "plannedEnd", "totalAmount", "totalCurrency");

    private final AidPortfolio portfolio;
    private final AidItemQueries queries;

    ImportedItems(AidPortfolio portfolio, AidItemQueries queries) {
        this.portfolio = portfolio;
        this.queries = queries;
    }

    /** A DAC sector code and its share in percent. */
    public record ImportedSector(String code, BigDecimal percent) {
    }

    /** A current commune and its share in percent; {@code enteredCode} the old code it was found by, if any. */
    public record ImportedLocation(String communeCode, String provinceCode, @Nullable String enteredCode,
                                   BigDecimal percent) {
    }

    /** An item's values for {@link #FIELDS} (empty ones left out), its sectors and communes, status and version. */
    public record Current(long id, long version, AidStatus status, Map<String, Object> fields,
                          List<ImportedSector> sectors, List<ImportedLocation> locations) {
    }

    /** The item's current values, if it exists and the caller may read it. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Optional<Current> current(long itemId) {
        return queries.find(itemId).flatMap(view -> queries.details(itemId).map(details -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String name : FIELDS) {
                ItemField field = ItemFields.named(name).orElseThrow();
                Object value = field.valueOf(details.fields());
                if (value != null) {
                    fields.put(name, value instanceof Enum<?> constant ? constant.name() : value);
                }
            }
            List<ImportedSector> sectors = details.sectors().stream()
                    .map(share -> new ImportedSector(share.sectorCode(), share.percent())).toList();
            List<ImportedLocation> locations = details.locations().stream().map(share -> new ImportedLocation(
                    share.communeCode(), share.provinceCode(), share.enteredCode(), share.percent())).toList();
            return new Current(itemId, view.item().version(), view.item().status(), fields, sectors, locations);
        }));
    }

    /** Opens a dossier draft from the values (by field name), sectors and communes; the form's rules check them. */
    @PreAuthorize(AidPolicy.DRAFT)
    @Transactional
    public long draft(Map<String, Object> fields, List<ImportedSector> sectors, List<ImportedLocation> locations) {
        ItemDescription description = ItemDescription.empty();
        for (Map.Entry<String, Object> value : fields.entrySet()) {
            description = ItemFields.with(description, value.getKey(), typed(value.getKey(), value.getValue()));
        }
        return portfolio.draft(new AidItemDetails(description, shares(sectors), places(locations), List.of(),
                List.of(), Set.of()));
    }

    /**
     * Changes the given fields (and the sectors and communes, when given) of the item the way its state allows, as the form does:
     * the item's other fields and lists stay as they are.
     */
    @PreAuthorize(AidPolicy.DESCRIBE)
    @Transactional
    public void update(long itemId, long expectedVersion, Map<String, Object> changed,
                       @Nullable List<ImportedSector> sectors, @Nullable List<ImportedLocation> locations,
                       String reason) {
        AidItemDetails details = queries.details(itemId)
                .orElseThrow(() -> new vn.vientro.shared.NotFoundException("aid item", itemId));
        ItemDescription description = details.fields();
        for (Map.Entry<String, Object> value : changed.entrySet()) {
            description = ItemFields.with(description, value.getKey(), typed(value.getKey(), value.getValue()));
        }
        AidItemDetails updated = new AidItemDetails(description, sectors == null ? details.sectors()
                : shares(sectors), locations == null ? details.locations() : places(locations), details.parties(),
                details.contacts(), details.publicGroups());
        portfolio.update(itemId, expectedVersion, updated, reason);
    }

    private static List<SectorShare> shares(List<ImportedSector> sectors) {
        List<SectorShare> shares = new ArrayList<>();
        sectors.forEach(sector -> shares.add(new SectorShare(sector.code(), sector.percent())));
        return shares;
    }

    private static List<LocationShare> places(List<ImportedLocation> locations) {
        return locations.stream().map(place -> new LocationShare(place.communeCode(), place.provinceCode(),
                place.enteredCode(), place.percent())).toList();
    }

    /** The value as the field's type holds it: an enum from its name, a whole number as a {@code Long}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object typed(String name, @Nullable Object value) {
        if (!FIELDS.contains(name)) {
            throw new IllegalArgumentException("not a field an import fills: " + name);
        }
        ItemField field = ItemFields.named(name).orElseThrow();
        if (value instanceof String text && field.type().isEnum()) {
            return Enum.valueOf((Class) field.type(), text);
        }
        if (value instanceof Number number && field.type() == Long.class) {
            return number.longValue();
        }
        return value;
    }
}
