package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
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

    private final JdbcClient jdbc;
    private final AidPolicy policy;
    private final Registry registry;
    private final MessageSource messages;

    AidItemsOfOrganisation(JdbcClient jdbc, AidPolicy policy, Registry registry, MessageSource messages) {
        this.jdbc = jdbc;
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
        OptionalLong agency = CurrentUser.agency();
        return jdbc.sql("""
                select i.id, i.code, i.name_vi, i.name_en, i.status, i.total_amount, i.total_currency,
                       case when i.donor_id = :org then 'DONOR' when i.implementer_id = :org then 'IMPLEMENTER'
                            else 'PARTNER' end as role
                  from aid.aid_item i
                 where (i.donor_id = :org or i.implementer_id = :org
                        or exists (select 1 from aid.aid_item_party p where p.aid_item = i.id and p.organisation_id = :org))
                   and (:all or exists (select 1 from aid.item_agency a where a.aid_item = i.id and a.agency_id = :agency))
                 order by i.id desc
                """).param("org", organisationId).param("all", policy.readsAll())
                .param("agency", agency.orElse(-1))
                .query((rs, n) -> {
                    AidStatus status = AidStatus.valueOf(rs.getString("status"));
                    String nameEn = rs.getString("name_en");
                    return new Entry(rs.getString("code"),
                            "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : rs.getString("name_vi"),
                            messages.getMessage("aid.status." + status, null, locale),
                            messages.getMessage("aid.organisation.role." + rs.getString("role"), null, locale) + " · "
                                    + format(rs.getBigDecimal("total_amount"), rs.getString("total_currency")),
                            "/app/aid/items/" + rs.getLong("id"), withoutPermit && status.isActive());
                }).list();
    }

    private static String format(@Nullable BigDecimal amount, String currency) {
        return amount == null ? "" : Money.of(amount, currency).toString();
    }
}
