package vn.vientro.registry;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.organisation.OrganisationQueries;

/** What other modules may ask the registry: an organisation's name, kind, status and legal standing. */
@Service
@Transactional(readOnly = true)
public class Registry {

    private final OrganisationQueries organisations;

    Registry(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    public Optional<OrganisationRef> find(long organisationId) {
        return organisations.find(organisationId).map(view -> new OrganisationRef(view.id(), view.displayName(),
                view.abbreviation(), view.kind(), view.status(), view.countryCode(), view.iatiIdentifier(),
                view.withoutValidPermit()));
    }
}
