package vn.vientro.reference.sector;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

@RestController
@Tag(name = "reference")
class SectorApiController {

    private static final List<String> PUBLIC_LISTS = List.of("Sector", "SectorCategory", "Country", "Currency",
            "OrganisationType", "AidType", "FinanceType", "TransactionType", "ActivityStatus",
            "OrganisationRegistrationAgency", "OrganisationRole");

    private final Codelists codelists;
    private final PriorityFields priorityFields;

    SectorApiController(Codelists codelists, PriorityFields priorityFields) {
        this.codelists = codelists;
        this.priorityFields = priorityFields;
    }

    record SectorJson(String code, String name, @Nullable String nameVi, String level, @Nullable String category) {

        static SectorJson of(CodelistItem item) {
            return new SectorJson(item.code(), item.nameEn(), item.nameVi(),
                    "SectorCategory".equals(item.list()) ? "category" : "sector", item.category());
        }
    }

    record PriorityFieldJson(String code, String nameVi, @Nullable String nameEn, List<SectorJson> sectors) {

        static PriorityFieldJson of(PriorityField field) {
            return new PriorityFieldJson(field.code(), field.nameVi(), field.nameEn(),
                    field.sectors().stream().map(SectorJson::of).toList());
        }
    }

    @GetMapping("/api/v1/sectors")
    @Operation(summary = "OECD-DAC sectors (5-digit) and categories (3-digit), English and Vietnamese names")
    List<SectorJson> sectors(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "400") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "reference.limit.invalid", 1, 1000);
        }
        return codelists.sectors(q, limit).stream().map(SectorJson::of).toList();
    }

    @GetMapping("/api/v1/priority-fields")
    @Operation(summary = "The province's eight priority fields with the DAC codes mapped to each")
    List<PriorityFieldJson> priorityFields() {
        return priorityFields.all().stream().map(PriorityFieldJson::of).toList();
    }

    @GetMapping("/api/v1/codelists/{list}")
    @Operation(summary = "An IATI codelist (active codes)")
    List<CodelistItem> codelist(@PathVariable String list) {
        if (!PUBLIC_LISTS.contains(list)) {
            throw new NotFoundException("codelist", list);
        }
        return codelists.active(list);
    }
}
