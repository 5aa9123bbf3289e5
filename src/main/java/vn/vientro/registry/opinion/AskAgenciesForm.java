package vn.vientro.registry.opinion;

import java.util.List;

/** The agencies ticked to give their input on an opinion. */
public record AskAgenciesForm(List<Long> agencyIds) {

    public AskAgenciesForm {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    }
}
