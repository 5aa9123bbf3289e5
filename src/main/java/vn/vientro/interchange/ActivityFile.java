package vn.vientro.interchange;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.PublishedItem;
import vn.vientro.aid.PublishedItemQueries;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * The province's IATI 2.03 activity file: one {@code iati-activity} per aid item the focal point made public, with
 * only its public groups. The description's fields are found by the IATI path the item's field catalogue gives them;
 * elements follow the order the schema's sequence requires.
 */
@Component
class ActivityFile {

    static final String VERSION = "2.03";
    private static final Pattern ROLE = Pattern.compile("participating-org\\[@role='(\\d+)'\\]");
    /** IATI DocumentCategory A12: activity web page. */
    private static final String WEB_PAGE = "A12";

    private final PublishedItemQueries items;
    private final Registry registry;
    private final Agencies agencies;
    private final AdminUnits adminUnits;
    private final ReportingOrganisation reporter;
    private final Clock clock;

    ActivityFile(PublishedItemQueries items, Registry registry, Agencies agencies, AdminUnits adminUnits,
                 ReportingOrganisation reporter, Clock clock) {
        this.items = items;
        this.registry = registry;
        this.agencies = agencies;
        this.adminUnits = adminUnits;
        this.reporter = reporter;
        this.clock = clock;
    }

    /** Writes the file to the stream; links to the items' pages start with {@code baseUrl}. */
    void write(OutputStream out, String baseUrl) {
        try (IatiXml xml = new IatiXml(out)) {
            xml.start("iati-activities", "version", VERSION, "generated-datetime", now());
            items.forEach(item -> activity(xml, item, baseUrl));
            xml.end();
        }
    }

    private String now() {
        return IatiXml.dateTime(clock.instant(), clock.getZone());
    }

    private void activity(IatiXml xml, PublishedItem item, String baseUrl) {
        String currency = (String) item.value("@default-currency");
        AidKind kind = (AidKind) item.value("default-aid-type");
        xml.start("iati-activity", "last-updated-datetime", IatiXml.dateTime(item.updatedAt(), clock.getZone()),
                "default-currency", currency, "humanitarian", kind == AidKind.EMERGENCY_RELIEF ? "1" : null);
        xml.text("iati-identifier", identifier(item));
        reportingOrg(xml, reporter);
        xml.narratives("title", text(item, "title/narrative[@xml:lang='vi']"),
                text(item, "title/narrative[@xml:lang='en']"));
        descriptions(xml, item);
        participants(xml, item);
        xml.empty("activity-status", "code", status(item.status()));
        dates(xml, item);
        // every item of this file is the province's aid: IATI ActivityScope 6, a single first-level subdivision
        xml.empty("activity-scope", "code", "6");
        xml.empty("recipient-country", "code", "VN", "percentage", "100");
        item.places().forEach(place -> location(xml, place));
        item.sectors().forEach(sector -> xml.empty("sector", "vocabulary", sector.code().length() == 3 ? "2" : "1",
                "code", sector.code(), "percentage", sector.percent().stripTrailingZeros()));
        String aidType = aidType(kind);
        if (aidType != null) {
            xml.empty("default-aid-type", "code", aidType, "vocabulary", "1");
        }
        budget(xml, item, currency);
        item.plannedDisbursements().forEach(planned -> plannedDisbursement(xml, planned));
        item.flows().forEach(flow -> transaction(xml, flow));
        pageLink(xml, item, baseUrl);
        item.results().stream().filter(result -> !result.indicators().isEmpty()).forEach(result -> result(xml, result));
        xml.end();
    }

    /** Money planned for a date: IATI BudgetType 1 (original), the date as the period's start. */
    private static void plannedDisbursement(IatiXml xml, PublishedItem.PlannedDisbursement planned) {
        xml.start("planned-disbursement", "type", "1");
        xml.empty("period-start", "iso-date", planned.valueDate());
        xml.value(planned.amount(), planned.currency(), planned.valueDate());
        xml.end();
    }

    private static void transaction(IatiXml xml, PublishedItem.Flow flow) {
        xml.start("transaction");
        xml.empty("transaction-type", "code", flow.iatiType());
        xml.empty("transaction-date", "iso-date", flow.valueDate());
        xml.value(flow.amount(), flow.currency(), flow.valueDate());
        xml.end();
    }

    /**
     * The item's public page on the portal's transparency of aid, which shows every published item (the same ones this
     * file holds) to anyone; an address without the page's slug is sent on to the right one.
     */
    private static void pageLink(IatiXml xml, PublishedItem item, String baseUrl) {
        xml.start("document-link", "url", baseUrl + "/minh-bach/" + item.id(), "format", "text/html");
        xml.narratives("title", text(item, "title/narrative[@xml:lang='vi']"),
                text(item, "title/narrative[@xml:lang='en']"));
        xml.empty("category", "code", WEB_PAGE);
        xml.end();
    }

    /** The donor's identifier of the activity if recorded, else the province's: its identifier and the item's code. */
    private String identifier(PublishedItem item) {
        return item.iatiIdentifier() != null && IatiXml.hasText(item.iatiIdentifier()) ? item.iatiIdentifier()
                : reporter.ref() + "-" + item.code();
    }

    static void reportingOrg(IatiXml xml, ReportingOrganisation reporter) {
        xml.narratives("reporting-org", reporter.nameVi(), reporter.nameEn(), "ref", reporter.ref(), "type",
                reporter.type());
    }

    private static String text(PublishedItem item, String path) {
        Object value = item.value(path);
        return value == null ? "" : value.toString();
    }

    /** The general description (IATI type 1) and the objectives (type 2); the title when neither is public. */
    private static void descriptions(IatiXml xml, PublishedItem item) {
        boolean written = false;
        for (String type : new String[] {"1", "2"}) {
            String vi = text(item, "description[@type='" + type + "']/narrative[@xml:lang='vi']");
            String en = text(item, "description[@type='" + type + "']/narrative[@xml:lang='en']");
            if (IatiXml.hasText(vi) || IatiXml.hasText(en)) {
                xml.start("description", "type", type).bilingual(vi, en).end();
                written = true;
            }
        }
        if (!written) {
            xml.narratives("description", text(item, "title/narrative[@xml:lang='vi']"),
                    text(item, "title/narrative[@xml:lang='en']"), "type", "1");
        }
    }

    /** The organisations the catalogue places (donor, implementer, aid owner), then the item's other parties. */
    private void participants(IatiXml xml, PublishedItem item) {
        for (PublishedItem.IatiField field : item.fields()) {
            Matcher role = ROLE.matcher(field.path());
            if (!role.lookingAt()) {
                continue;
            }
            long id = ((Number) field.value()).longValue();
            if (field.kind() == PublishedItem.ValueKind.ORGANISATION) {
                registry.find(id).ifPresent(org -> organisation(xml, role.group(1), org));
            } else if (field.kind() == PublishedItem.ValueKind.AGENCY) {
                agencies.find(id).ifPresent(agency -> agency(xml, role.group(1), agency));
            }
        }
        for (PublishedItem.Partner partner : item.partners()) {
            Optional<OrganisationRef> org = partner.organisationId() == null ? Optional.empty()
                    : registry.find(partner.organisationId());
            Optional<AgencyView> agency = partner.agencyId() == null ? Optional.empty()
                    : agencies.find(partner.agencyId());
            if (org.isPresent()) {
                organisation(xml, partner.iatiRole(), org.get());
            } else if (agency.isPresent()) {
                agency(xml, partner.iatiRole(), agency.get());
            } else if (IatiXml.hasText(partner.name())) {
                xml.start("participating-org", "role", partner.iatiRole()).narrative(partner.name(), null).end();
            }
        }
    }

    private static void organisation(IatiXml xml, String role, OrganisationRef org) {
        xml.start("participating-org", "ref", IatiXml.hasText(org.iatiIdentifier()) ? org.iatiIdentifier() : null,
                "type", type(org.kind()), "role", role).narrative(org.name(), null).end();
    }

    private static void agency(IatiXml xml, String role, AgencyView agency) {
        // Vietnamese agencies of the province: IATI OrganisationType 11, local government
        xml.start("participating-org", "type", "11", "role", role).bilingual(agency.nameVi(), agency.nameEn())
                .end();
    }

    /** IATI OrganisationType of a registry organisation. */
    static String type(OrganisationKind kind) {
        return switch (kind) {
            case FOREIGN_NGO -> "21";
            case FOREIGN_GOVERNMENT -> "10";
            case MULTILATERAL -> "40";
            case FOREIGN_COMPANY_OR_INDIVIDUAL -> "70";
            case VIETNAMESE_AGENCY -> "10";
            case VIETNAMESE_PARTNER -> "22";
        };
    }

    /**
     * The IATI AidType (vocabulary 1) of a kind of aid, the inverse of the import's reading of its category
     * ({@code importing.ActivityMapping}): programmes B03 (specific-purpose programmes managed by implementing
     * partners), investment projects C01, technical assistance D02; non-project aid and emergency relief have no one
     * code (relief is flagged {@code humanitarian} instead).
     */
    static @Nullable String aidType(@Nullable AidKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case PROGRAMME -> "B03";
            case INVESTMENT_PROJECT -> "C01";
            case TECHNICAL_ASSISTANCE -> "D02";
            case NON_PROJECT, EMERGENCY_RELIEF -> null;
        };
    }

    /** IATI ActivityStatus of an approved item. */
    static String status(AidStatus status) {
        return switch (status) {
            case SUSPENDED -> "6";
            case TERMINATED -> "5";
            case COMPLETED, HANDED_OVER -> "3";
            case SETTLED, CLOSED -> "4";
            default -> "2";
        };
    }

    /**
     * Planned start and end (IATI types 1 and 3), actual start and end (2 and 4). The schema needs one: an item
     * without any is taken to start, as planned, on the day of its approval decision.
     */
    private static void dates(IatiXml xml, PublishedItem item) {
        Object plannedStart = item.value("activity-date[@type='1']/@iso-date");
        Object plannedEnd = item.value("activity-date[@type='3']/@iso-date");
        if (plannedStart == null && item.actualStart() == null && plannedEnd == null && item.actualEnd() == null) {
            plannedStart = item.approvedOn() != null ? item.approvedOn() : LocalDate.ofInstant(item.updatedAt(),
                    java.time.ZoneOffset.UTC);
        }
        date(xml, "1", plannedStart);
        date(xml, "2", item.actualStart());
        date(xml, "3", plannedEnd);
        date(xml, "4", item.actualEnd());
    }

    private static void date(IatiXml xml, String type, @Nullable Object date) {
        if (date != null) {
            xml.empty("activity-date", "type", type, "iso-date", date);
        }
    }

    /**
     * A commune: its official code (Decision 19/2025/QĐ-TTg list) as the location's reference and name. IATI's
     * GeographicVocabulary has no Vietnamese gazetteer and the application keeps no GeoNames ids, so the
     * administrative element names the country (A4, ISO 3166-1) and the commune's code stays in {@code ref}.
     */
    private void location(IatiXml xml, PublishedItem.Place place) {
        Optional<AdminUnit> unit = adminUnits.find(UnitSet.CURRENT, place.communeCode());
        xml.start("location", "ref", "VN-" + place.communeCode());
        xml.empty("location-reach", "code", "1");
        xml.narratives("name", unit.map(AdminUnit::path).orElse(place.communeCode()),
                unit.map(AdminUnit::pathEn).orElse(null));
        xml.empty("administrative", "vocabulary", "A4", "level", "0", "code", "VN");
        // IATI GeographicExactness 2 (approximate: the commune, not a point), LocationClass 1 (administrative
        // region), LocationType ADM2 (second-level division: communes directly under provinces since July 2025)
        xml.empty("exactness", "code", "2");
        xml.empty("location-class", "code", "1");
        xml.empty("feature-designation", "code", "ADM2");
        xml.end();
    }

    /** The total value over the planned period: an original (1), committed (2) budget. */
    private static void budget(IatiXml xml, PublishedItem item, @Nullable String currency) {
        Object amount = item.value("budget/value");
        Object start = item.value("activity-date[@type='1']/@iso-date");
        Object end = item.value("activity-date[@type='3']/@iso-date");
        if (amount instanceof BigDecimal value && currency != null && start instanceof LocalDate from
                && end instanceof LocalDate to && !to.isBefore(from)) {
            xml.start("budget", "type", "1", "status", "2");
            xml.empty("period-start", "iso-date", from);
            xml.empty("period-end", "iso-date", to);
            xml.value(value, currency, from);
            xml.end();
        }
    }

    private static void result(IatiXml xml, PublishedItem.Result result) {
        xml.start("result", "type", result.iatiType());
        xml.narratives("title", result.titleVi(), result.titleEn());
        if (IatiXml.hasText(result.description())) {
            xml.start("description").narrative(result.description(), "vi").end();
        }
        for (PublishedItem.Indicator indicator : result.indicators()) {
            xml.start("indicator", "measure", indicator.iatiMeasure(), "ascending", indicator.ascending());
            xml.narratives("title", indicator.titleVi(), indicator.titleEn());
            if (indicator.baselineYear() != null) {
                xml.empty("baseline", "year", indicator.baselineYear(), "value", plain(indicator.baselineValue()));
            }
            for (PublishedItem.Period period : indicator.periods()) {
                xml.start("period");
                xml.empty("period-start", "iso-date", period.start());
                xml.empty("period-end", "iso-date", period.end());
                if (period.target() != null) {
                    xml.empty("target", "value", plain(period.target()));
                }
                if (period.actual() != null) {
                    xml.empty("actual", "value", plain(period.actual()));
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
