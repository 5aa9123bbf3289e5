package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.OrganisationRecords;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.Money;

/**
 * The aid items an organisation gives, implements or partners, for its registry page. An item still running while a
 * foreign NGO on it has no valid registration paper is flagged.
 */
@Component
class AidItemsOfOrganisation implements OrganisationRecords {

    private final AidItemListQueries list;
    private final AidPolicy policy;
    private final Registry registry;
    private final MessageSource messages;

    AidItemsOfOrganisation(AidItemListQueries list, AidPolicy policy, Registry registry, MessageSource messages) {
        this.list = list;
        this.policy = policy;
        this.registry = registry;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "aid.organisation.tab";
    }

    @Override
    public List<Entry> of(long organisationId) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean withoutPermit = registry.find(organisationId).map(OrganisationRef::withoutValidPermit).orElse(false);
        Long agencyId = policy.readsAll() ? null : Long.valueOf(CurrentUser.agency().orElse(-1));
        return list.ofOrganisation(organisationId, agencyId).stream().map(item -> new Entry(item.code(),
                "en".equals(locale.getLanguage()) && item.nameEn() != null ? item.nameEn() : item.nameVi(),
                messages.getMessage("aid.status." + item.status(), null, locale),
                messages.getMessage("aid.organisation.role." + item.role(), null, locale) + " · "
                        + format(item.totalAmount(), item.totalCurrency()),
                "/app/aid/items/" + item.id(), withoutPermit && item.status().isActive())).toList();
    }

    private static String format(@Nullable BigDecimal amount, String currency) {
        return amount == null ? "" : Money.of(amount, currency).toString();
    }
}
