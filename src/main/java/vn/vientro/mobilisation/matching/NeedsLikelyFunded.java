package vn.vientro.mobilisation.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.registry.OrganisationRecords;

/**
 * The published needs an organisation is likely to fund, on its registry page: through the registry's extension for
 * other modules' records, so the registry knows nothing of needs.
 */
@Component
class NeedsLikelyFunded implements OrganisationRecords {

    private static final int SHOWN = 10;

    private final Matching matching;
    private final MobilisationPolicy policy;
    private final MessageSource messages;

    NeedsLikelyFunded(Matching matching, MobilisationPolicy policy, MessageSource messages) {
        this.matching = matching;
        this.policy = policy;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "mobilisation.matching.organisation.tab";
    }

    @Override
    public List<Entry> of(long organisationId) {
        if (!policy.readsMatches()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return matching.forOrganisation(organisationId, SHOWN).stream().map(need -> new Entry(
                messages.getMessage("mobilisation.matching.organisation.label", new Object[] {need.needId()}, locale),
                need.title(),
                messages.getMessage("mobilisation.matching.score", new Object[] {need.score()}, locale),
                need.explanation().stream().map(part -> part.text(locale)).collect(Collectors.joining("; ")),
                "/app/mobilisation/needs/" + need.needId() + "/matches", false)).toList();
    }
}
