package vn.vientro.aid.item;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.CurrentUser;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * The aid list: filters joined from fixed SQL fragments (never values), a page and the total count. Donor and agency
 * names come from their owners' APIs for the rows of the page only.
 */
@Component
@Transactional(readOnly = true)
class AidItemListQueries {

    private static final Map<String, String> ORDER = Map.of(
            "code", "i.id desc",
            "name", "i.name_vi collate \"vi-x-icu\", i.id",
            "value", "i.total_vnd desc nulls last, i.id desc",
            "approved", "i.approved_on desc nulls last, i.id desc",
            "status", "array_position(array[" + java.util.Arrays.stream(AidStatus.values())
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + "], i.status), i.id desc",
            "due", "i.stage_due_on nulls last, i.id desc");

    /** The statuses in which results are reported, as an SQL list. */
    private static final String RESULTS_DUE = java.util.Arrays.stream(AidStatus.values())
            .filter(AidStatus::reportsResults).map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));
    /**
     * An opinion request still awaited: not answered (a confidential answer is kept sealed, so answered_on tells), not
     * withdrawn, the appraisal still open; a confidential one counts only for those who may read it (:secrets).
     */
    private static final String OPINION_AWAITED = "o.answered_on is null and o.withdrawn_on is null "
            + "and i.status = 'UNDER_APPRAISAL' and (not o.confidential or :secrets)";

    /** Enough for every ward of one name in the country (a few dozen "Phường 1"), not a whole province. */
    private static final int COMMUNES_BY_NAME = 100;

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Agencies agencies;
    private final AidPolicy policy;
    private final Clock clock;
    private final AdminUnits adminUnits;

    AidItemListQueries(JdbcClient jdbc, Registry registry, Agencies agencies, AidPolicy policy, Clock clock,
                       AdminUnits adminUnits) {
        this.adminUnits = adminUnits;
        this.policy = policy;
        this.jdbc = jdbc;
        this.registry = registry;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * The communes an official means by what they typed in the list's filter: a code as it is, a name (any
     * diacritics) as every current commune or ward of that name; a name nothing bears matches no item.
     */
    private List<String> communeCodes(String entered) {
        if (entered.chars().allMatch(Character::isDigit)) {
            return List.of(entered);
        }
        List<String> codes = adminUnits.search(entered, UnitSet.CURRENT, "commune", COMMUNES_BY_NAME).stream()
                .map(AdminUnit::code).toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    /** @param agencyId only the items this agency is involved with; {@code null} for every item */
    AidItemPage page(AidItemFilter filter, @Nullable Long agencyId) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", LocalDate.now(clock));
        params.put("secrets", policy.readsSecurityOpinions());
        String where = conditions(filter, agencyId, params);
        long total = jdbc.sql("select count(*) from aid.aid_item i" + where).params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<Raw> raws = jdbc.sql("""
                select i.id, i.code, i.name_vi, i.name_en, i.kind, i.status, i.donor_id, i.owner_agency_id,
                       i.total_amount, i.total_currency, i.total_vnd, i.approved_on, i.stage_due_on,
                       (coalesce(i.stage_due_on < :today, false) or exists (select 1 from aid.opinion_request o
                         where o.aid_item = i.id and %s and o.due_on < :today)) as overdue
                  from aid.aid_item i""".formatted(OPINION_AWAITED) + where + " order by " + ORDER.getOrDefault(String.valueOf(filter.sort()),
                        ORDER.get("code")) + " limit :limit offset :offset")
                .params(params).query(Raw.class).list();
        Map<Long, OrganisationRef> donors = registry.findAll(raws.stream().map(Raw::donorId).collect(Collectors.toSet()));
        Map<Long, String> agencyNames = agencies.all().stream()
                .collect(Collectors.toMap(AgencyView::id, agency -> agency.name(LocaleContextHolder.getLocale())));
        List<AidItemRow> rows = raws.stream().map(raw -> {
            OrganisationRef donor = donors.get(raw.donorId());
            return new AidItemRow(raw.id(), raw.code(), raw.nameVi(), raw.nameEn(), raw.kind(), raw.status(),
                    raw.donorId(), donor == null ? "#" + raw.donorId() : donor.name(),
                    donor != null && donor.withoutValidPermit(), raw.ownerAgencyId(),
                    agencyNames.getOrDefault(raw.ownerAgencyId(), "#" + raw.ownerAgencyId()), raw.totalAmount(),
                    raw.totalCurrency(), raw.totalVnd(), raw.approvedOn(), raw.stageDueOn(), raw.overdue());
        }).toList();
        return new AidItemPage(rows, total, filter.page(), filter.size());
    }

    /**
     * The items an organisation gives, implements or partners, newest first, with its role on each.
     *
     * @param agencyId only the items this agency is involved with; {@code null} for every item
     */
    List<OrganisationItem> ofOrganisation(long organisationId, @Nullable Long agencyId) {
        return jdbc.sql("""
                select i.id, i.code, i.name_vi, i.name_en, i.status, i.total_amount, i.total_currency,
                       case when i.donor_id = :org then 'DONOR' when i.implementer_id = :org then 'IMPLEMENTER'
                            else 'PARTNER' end as role
                  from aid.aid_item i
                 where (i.donor_id = :org or i.implementer_id = :org
                        or exists (select 1 from aid.aid_item_party p where p.aid_item = i.id and p.organisation_id = :org))
                   and (:all or exists (select 1 from aid.item_agency a where a.aid_item = i.id and a.agency_id = :agency))
                 order by i.id desc
                """).param("org", organisationId).param("all", agencyId == null)
                .param("agency", agencyId == null ? -1 : agencyId).query(OrganisationItem.class).list();
    }

    private String conditions(AidItemFilter filter, @Nullable Long agencyId, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (agencyId != null) {
            where.add("exists (select 1 from aid.item_agency a where a.aid_item = i.id and a.agency_id = :agency)");
            params.put("agency", agencyId);
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.add("i.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.donorId() != null) {
            where.add("(i.donor_id = :donor or i.implementer_id = :donor)");
            params.put("donor", filter.donorId());
        }
        if (filter.priorityField() != null) {
            where.add("i.priority_field = :field");
            params.put("field", filter.priorityField());
        }
        if (filter.communeCode() != null) {
            where.add("exists (select 1 from aid.aid_item_location l where l.aid_item = i.id "
                    + "and (l.commune_code in (:communes) or l.province_code in (:communes)))");
            params.put("communes", communeCodes(filter.communeCode()));
        }
        if (filter.year() != null) {
            where.add("extract(year from coalesce(i.approved_on, i.planned_start)) = :year");
            params.put("year", filter.year());
        }
        if (filter.overdue()) {
            // two indexed lists of ids rather than an OR that would scan every item
            where.add("i.id in (select d.id from aid.aid_item d where d.stage_due_on < :today union "
                    + "select o.aid_item from aid.opinion_request o join aid.aid_item i on i.id = o.aid_item where "
                    + OPINION_AWAITED + " and o.due_on < :today)");
        }
        if (filter.waitingForMe()) {
            where.add(waitingForMe(params));
        }
        if (filter.text() != null) {
            where.add("i.search_text like '%' || f_unaccent(lower(:text)) || '%'");
            params.put("text", filter.text());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /**
     * The next step is the user's: by role on the item's stage, their agency has an opinion to give, or, for the aid
     * owner, a results report is overdue.
     */
    private String waitingForMe(Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        OptionalLong agency = CurrentUser.agency();
        params.put("myAgency", agency.orElse(-1));
        any.add("exists (select 1 from aid.opinion_request o where o.aid_item = i.id and " + OPINION_AWAITED
                + " and o.agency_id = :myAgency)");
        if (policy.isAgencyOfficer()) {
            any.add("(i.owner_agency_id = :myAgency and i.status in ('DOSSIER_DRAFT', 'RETURNED', 'APPROVED', "
                    + "'COMPLETED'))");
            // A results report past its due date waits for the aid owner while the aid runs (aid.results).
            any.add("(i.owner_agency_id = :myAgency and i.status in (" + RESULTS_DUE + ") and exists (select 1 "
                    + "from aid.indicator_period p where p.aid_item = i.id and p.reported_at is null "
                    + "and p.report_due < :today))");
        }
        if (policy.isAppraisalLead()) {
            any.add("(i.status in ('UNDER_APPRAISAL', 'APPRAISED', 'HANDED_OVER') or (i.status = 'SUBMITTED' "
                    + "and i.kind <> '" + AidKind.EMERGENCY_RELIEF.name() + "'))");
        }
        if (policy.isDecider()) {
            any.add("(i.status in ('PENDING_DECISION', 'AMENDMENT_PENDING') or (i.status = 'SUBMITTED' "
                    + "and i.kind = '" + AidKind.EMERGENCY_RELIEF.name() + "'))");
        }
        if (policy.closesSettledFiles()) {
            any.add("i.status = '" + AidStatus.SETTLED.name() + "'");
        }
        return "(" + String.join(" or ", any) + ")";
    }

    record Raw(long id, String code, String nameVi, @Nullable String nameEn, AidKind kind, AidStatus status,
               long donorId, long ownerAgencyId, java.math.BigDecimal totalAmount, String totalCurrency,
               java.math.@Nullable BigDecimal totalVnd, @Nullable LocalDate approvedOn, @Nullable LocalDate stageDueOn,
               boolean overdue) {
    }

    /** An item of an organisation; {@code role} is DONOR, IMPLEMENTER or PARTNER. */
    record OrganisationItem(long id, String code, String nameVi, @Nullable String nameEn, AidStatus status,
                            java.math.@Nullable BigDecimal totalAmount, String totalCurrency, String role) {
    }
}
