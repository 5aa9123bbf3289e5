package vn.vientro.registry.organisation;

import java.util.List;
import vn.vientro.registry.RegistryProblem;
import vn.vientro.shared.BusinessRuleException;

/** A new organisation looks like one already registered: the user must confirm it is really another one. */
public class DuplicateOrganisationException extends BusinessRuleException {

    private final transient List<OrganisationView> candidates;

    DuplicateOrganisationException(List<OrganisationView> candidates) {
        super(RegistryProblem.POSSIBLE_DUPLICATE, "registry.organisation.possibleDuplicate", null, candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<OrganisationView> candidates() {
        return candidates;
    }
}
