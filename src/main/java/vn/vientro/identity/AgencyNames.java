package vn.vientro.identity;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Agencies' names in the reader's language for pages that show a name recorded at the time (an opinion asked of an
 * agency keeps the name it was asked under): templates call {@code ${@agencyNames.name(o.agencyId, o.agencyName)}}.
 * An agency no longer known keeps the recorded name.
 */
@Component("agencyNames")
public class AgencyNames {

    private final Agencies agencies;

    AgencyNames(Agencies agencies) {
        this.agencies = agencies;
    }

    public String name(long agencyId, String recorded) {
        return agencies.find(agencyId).map(agency -> agency.name(LocaleContextHolder.getLocale())).orElse(recorded);
    }
}
