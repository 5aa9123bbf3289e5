package vn.vientro.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.reference.sector.PriorityFieldQueries;
import vn.vientro.reference.sector.PriorityFieldRecord;
import vn.vientro.reference.sector.PriorityFieldRepository;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/** The province's eight priority fields and their (editable) mapping to OECD-DAC sectors. */
@Service
public class PriorityFields {

    private final PriorityFieldRepository fields;
    private final PriorityFieldQueries queries;
    private final Codelists codelists;

    PriorityFields(PriorityFieldRepository fields, PriorityFieldQueries queries, Codelists codelists) {
        this.fields = fields;
        this.queries = queries;
        this.codelists = codelists;
    }

    @Transactional(readOnly = true)
    public List<PriorityField> all() {
        return queries.all();
    }

    @Transactional(readOnly = true)
    public PriorityField get(long id) {
        return all().stream().filter(field -> field.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("priority field", id));
    }

    /** The priority fields a DAC code falls in (a sector can serve several fields, e.g. 16010). */
    @Transactional(readOnly = true)
    public List<PriorityField> covering(String dacCode) {
        return all().stream().filter(field -> field.covers(dacCode)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PriorityField> byCode(String code) {
        return queries.byCode(code);
    }

    /**
     * Renames a field and replaces its sector mapping; every code must be a DAC sector or category.
     *
     * @throws StaleVersionException when someone changed the field after the user saw it
     */
    @PreAuthorize(ReferencePolicy.MANAGE_PRIORITY_FIELDS)
    @Transactional
    public void update(long id, long expectedVersion, String nameVi, @Nullable String nameEn, List<String> dacCodes) {
        TextLength.require("nameVi", nameVi, TextLength.NAME);
        TextLength.require("nameEn", nameEn, TextLength.NAME);
        if (nameVi.isBlank()) {
            throw new InvalidInputException("nameVi", "reference.priorityField.nameVi.required");
        }
        List<String> unknown = dacCodes.stream().filter(code -> codelists.sector(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException(ReferenceProblem.UNKNOWN_SECTOR, "reference.priorityField.sectors.unknown", "sectors",
                    String.join(", ", unknown));
        }
        PriorityFieldRecord field = fields.findById(id).orElseThrow(() -> new NotFoundException("priority field", id));
        if (!Objects.equals(field.version(), expectedVersion)) {
            throw new StaleVersionException("priority field", id);
        }
        field.rename(nameVi, nameEn);
        field.mapTo(dacCodes.stream().distinct().toList());
        fields.save(field);
    }
}
