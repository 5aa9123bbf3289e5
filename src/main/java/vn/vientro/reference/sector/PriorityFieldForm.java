package vn.vientro.reference.sector;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.PriorityField;
import vn.vientro.shared.TextLength;

/** A priority field's names and OECD-DAC codes as typed; the codes are typed comma-separated. */
public record PriorityFieldForm(@Nullable Long version,
                                @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameVi,
                                @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameEn,
                                @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String sectors) {

    public PriorityFieldForm {
        nameVi = nameVi == null ? "" : nameVi;
        nameEn = nameEn == null ? "" : nameEn;
        sectors = sectors == null ? "" : sectors;
    }

    static PriorityFieldForm of(PriorityField field) {
        return new PriorityFieldForm(field.version(), field.nameVi(), field.nameEn(),
                String.join(", ", field.sectors().stream().map(s -> s.code()).toList()));
    }

    PriorityFieldForm withVersion(long stored) {
        return new PriorityFieldForm(stored, nameVi, nameEn, sectors);
    }

    List<String> sectorCodes() {
        return Arrays.stream(sectors.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
