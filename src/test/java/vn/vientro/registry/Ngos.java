package vn.vientro.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.StatusChange;
import vn.vientro.registry.permit.PermitDetails;
import vn.vientro.registry.permit.Permits;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Events;
import vn.vientro.testing.Unique;

/**
 * Organisations for tests, registered through the registry's services as the focal point would: a foreign NGO by
 * default ({@code Ngos.anNgo().withPermitUntil(date).register()}), each with a name of its own ("Test NGO 12",
 * "Tổ chức thử nghiệm 12") unless the test names it.
 */
public final class Ngos {

    private final int n = Unique.number();
    private OrganisationKind kind = OrganisationKind.FOREIGN_NGO;
    private String nameOriginal = "Test NGO " + n;
    private String nameVi = "Tổ chức thử nghiệm " + n;
    private @Nullable String abbreviation;
    private String country = "US";
    private @Nullable String iatiIdentifier;
    private List<String> sectors = List.of("12220");
    private List<String> fields = List.of("2.5");
    private List<String> communes = List.of();
    private boolean suspended;
    private @Nullable LocalDate permitUntil;
    private PermitKind permitKind = PermitKind.OPERATION_REGISTRATION;
    private boolean planReceived = true;
    private boolean annualReportReceived = true;

    private Ngos() {
    }

    public static Ngos anNgo() {
        return new Ngos();
    }

    /** An organisation of another kind (a multilateral, a Vietnamese partner ...), which needs no paper. */
    public static Ngos anOrganisation(OrganisationKind kind) {
        Ngos organisation = new Ngos();
        organisation.kind = kind;
        return organisation;
    }

    public Ngos named(String original, String vietnamese) {
        this.nameOriginal = original;
        this.nameVi = vietnamese;
        return this;
    }

    public Ngos abbreviated(String abbreviation) {
        this.abbreviation = abbreviation;
        return this;
    }

    public Ngos from(String countryCode) {
        this.country = countryCode;
        return this;
    }

    public Ngos withIatiIdentifier(String identifier) {
        this.iatiIdentifier = identifier;
        return this;
    }

    public Ngos inSectors(String... codes) {
        this.sectors = List.of(codes);
        return this;
    }

    /** The province's priority fields it declares (health, 2.5, unless told). */
    public Ngos inFields(String... codes) {
        this.fields = List.of(codes);
        return this;
    }

    /** The communes (current units) it declares it works in (none unless told). */
    public Ngos inCommunes(String... codes) {
        this.communes = List.of(codes);
        return this;
    }

    /** Suspended by the province once registered (with its paper, if it has one). */
    public Ngos suspended() {
        this.suspended = true;
        return this;
    }

    /**
     * A registration paper of the longest validity the law allows, ending on {@code validUntil}, whose implementation
     * plan came a month after issue and with last year's annual report received (unless told otherwise below).
     */
    public Ngos withPermitUntil(LocalDate validUntil) {
        this.permitUntil = validUntil;
        return this;
    }

    /** The paper is for a representative office (5 years at most) rather than operations. */
    public Ngos asRepresentativeOffice() {
        this.permitKind = PermitKind.REPRESENTATIVE_OFFICE;
        return this;
    }

    public Ngos withoutPlan() {
        this.planReceived = false;
        return this;
    }

    public Ngos withoutAnnualReport() {
        this.annualReportReceived = false;
        return this;
    }

    /** Registers the organisation (and its paper) and waits until the search has taken them in. */
    public Ngo register() {
        Ngo ngo = registerNow();
        Events.settle();
        return ngo;
    }

    private Ngo registerNow() {
        OrganisationRegistry organisations = ApplicationUnderTest.bean(OrganisationRegistry.class);
        return SystemAuthentication.asAdministrator("system:test", () -> {
            long id = organisations.register(new OrganisationDetails(kind, nameOriginal, nameOriginal, nameVi,
                    abbreviation, country, iatiIdentifier, kind == OrganisationKind.FOREIGN_NGO ? "21" : "40", null,
                    null, "Phú Thọ", null, null, null, sectors, fields, communes, null), true);
            @Nullable String number = permitUntil == null ? null : "T" + n + "/GĐK-BNG";
            @Nullable Long permit = permitUntil == null || number == null ? null : paper(id, number, permitUntil);
            if (suspended) {
                organisations.changeStatus(id, organisations.get(id).version(), new StatusChange(
                        OrganisationStatus.SUSPENDED, "Vi phạm nội dung giấy đăng ký", "9/QĐ-UBND",
                        LocalDate.now(ApplicationUnderTest.bean(Clock.class)).minusDays(1)));
            }
            return new Ngo(id, nameOriginal, nameVi, permit, number);
        });
    }

    private long paper(long organisation, String number, LocalDate validUntil) {
        Permits permits = ApplicationUnderTest.bean(Permits.class);
        int years = permitKind == PermitKind.REPRESENTATIVE_OFFICE ? 5 : 3;
        LocalDate validFrom = validUntil.minusYears(years).plusDays(1);
        long id = permits.record(organisation, new PermitDetails(permitKind, number, "Bộ Ngoại giao", validFrom,
                validFrom, validUntil, "Tỉnh Phú Thọ", List.of(), "Y tế; giáo dục; xã hội"));
        if (planReceived) {
            permits.receivePlan(id, 0, validFrom.plusDays(30));
        }
        LocalDate lastYear = LocalDate.now(ApplicationUnderTest.bean(Clock.class)).minusYears(1);
        if (annualReportReceived) {
            ApplicationUnderTest.bean(OrganisationRegistry.class).recordAnnualReport(organisation, lastYear.getYear(),
                    lastYear.withMonth(12).withDayOfMonth(15));
        }
        return id;
    }

    /** A registered organisation, with its paper if it was given one. */
    public record Ngo(long id, String nameOriginal, String nameVi, @Nullable Long permitId,
                      @Nullable String permitNumber) {
    }
}
