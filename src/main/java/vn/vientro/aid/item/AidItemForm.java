package vn.vientro.aid.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vientro.aid.AidKind;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/**
 * The aid item form as typed. Repeating parts are typed one per line: sectors and communes as {@code code percent},
 * parties as {@code role; name}, contacts as {@code name; position; phone; e-mail}.
 */
@SuppressWarnings("unused")
public class AidItemForm {

    private @Nullable Long version;
    @NotNull(message = "{aid.item.kind.required}")
    private @Nullable AidKind kind;
    private DeliveryForm deliveryForm = DeliveryForm.CASH;
    @NotBlank(message = "{aid.item.nameVi.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String nameVi = "";
    @Size(max = 500, message = "{validation.tooLong}")
    private String nameEn = "";
    @Size(max = 500, message = "{validation.tooLong}")
    private String nameOriginal = "";
    @Size(max = 150, message = "{validation.tooLong}")
    private String iatiIdentifier = "";
    @Size(max = 8000, message = "{validation.tooLong}")
    private String objectivesVi = "";
    @Size(max = 8000, message = "{validation.tooLong}")
    private String objectivesEn = "";
    @Size(max = 20000, message = "{validation.tooLong}")
    private String descriptionVi = "";
    @Size(max = 20000, message = "{validation.tooLong}")
    private String descriptionEn = "";
    private String priorityField = "";
    @NotNull(message = "{aid.item.donor.required}")
    private @Nullable Long donorId;
    private @Nullable Long implementerId;
    @NotNull(message = "{aid.item.owner.required}")
    private @Nullable Long ownerAgencyId;
    @NotNull(message = "{aid.item.governing.required}")
    private @Nullable Long governingAgencyId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate plannedStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate plannedEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate disasterOn;
    @NotBlank(message = "{aid.item.totalAmount.required}")
    private String totalAmount = "";
    private String totalCurrency = "USD";
    private String counterpartAmount = "";
    private String counterpartCurrency = "VND";
    @Size(max = 500, message = "{validation.tooLong}")
    private String counterpartSource = "";
    private CounterpartFunds.@Nullable Form counterpartForm;
    @Size(max = 2000, message = "{validation.tooLong}")
    private String targetGroups = "";
    private @Nullable Integer beneficiariesTotal;
    private @Nullable Integer beneficiariesWomen;
    private @Nullable Integer beneficiariesDisabled;
    private @Nullable Integer beneficiariesEthnic;
    private @Nullable Integer beneficiariesChildren;
    private String sectors = "";
    private String locations = "";
    private String parties = "";
    private String contacts = "";
    private List<PublicGroup> publicGroups = new ArrayList<>(List.of(PublicGroup.SUMMARY, PublicGroup.VALUE,
            PublicGroup.SECTORS, PublicGroup.LOCATIONS));

    public static AidItemForm of(AidItemView view) {
        AidItemRecord i = view.item();
        AidItemForm f = new AidItemForm();
        f.version = i.version();
        f.kind = i.kind();
        f.deliveryForm = i.deliveryForm();
        f.nameVi = i.nameVi();
        f.nameEn = text(i.nameEn());
        f.nameOriginal = text(i.nameOriginal());
        f.iatiIdentifier = text(i.iatiIdentifier());
        f.objectivesVi = text(i.objectivesVi());
        f.objectivesEn = text(i.objectivesEn());
        f.descriptionVi = text(i.descriptionVi());
        f.descriptionEn = text(i.descriptionEn());
        f.priorityField = text(i.priorityField());
        f.donorId = i.donorId();
        f.implementerId = i.implementerId();
        f.ownerAgencyId = i.ownerAgencyId();
        f.governingAgencyId = i.governingAgencyId();
        f.plannedStart = i.plannedStart();
        f.plannedEnd = i.plannedEnd();
        f.disasterOn = i.disasterOn();
        f.totalAmount = i.totalAmount().toPlainString();
        f.totalCurrency = i.totalCurrency();
        f.counterpartAmount = i.counterpartAmount() == null ? "" : i.counterpartAmount().toPlainString();
        f.counterpartCurrency = i.counterpartCurrency() == null ? "VND" : i.counterpartCurrency();
        f.counterpartSource = text(i.counterpartSource());
        f.counterpartForm = i.counterpartForm();
        f.targetGroups = text(i.targetGroups());
        f.beneficiariesTotal = i.beneficiariesTotal();
        f.beneficiariesWomen = i.beneficiariesWomen();
        f.beneficiariesDisabled = i.beneficiariesDisabled();
        f.beneficiariesEthnic = i.beneficiariesEthnic();
        f.beneficiariesChildren = i.beneficiariesChildren();
        f.sectors = view.sectors().stream().map(s -> s.code() + " " + s.percent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
        f.locations = view.locations().stream()
                .map(l -> l.communeCode() + " " + l.percent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
        f.parties = view.parties().stream().map(p -> p.role() + "; " + p.name()).collect(Collectors.joining("\n"));
        f.contacts = view.contacts().stream().map(c -> String.join("; ", c.fullName(), text(c.position()),
                text(c.phone()), text(c.email()))).collect(Collectors.joining("\n"));
        f.publicGroups = i.publicGroups().stream().map(PublicGroup::valueOf).collect(Collectors.toList());
        return f;
    }

    public AidItemDetails toDetails() {
        BigDecimal total = Objects.requireNonNull(AmountText.parse(totalAmount, "totalAmount"));
        BigDecimal counterpart = AmountText.parse(counterpartAmount, "counterpartAmount");
        return new AidItemDetails(Objects.requireNonNull(kind), deliveryForm, nameVi.strip(), blank(nameEn),
                blank(nameOriginal), blank(iatiIdentifier), blank(objectivesVi), blank(objectivesEn),
                blank(descriptionVi), blank(descriptionEn), blank(priorityField), Objects.requireNonNull(donorId),
                implementerId, Objects.requireNonNull(ownerAgencyId), Objects.requireNonNull(governingAgencyId),
                plannedStart, plannedEnd, disasterOn, money(total, totalCurrency, "totalCurrency"),
                new CounterpartFunds(counterpart == null ? null
                        : money(counterpart, counterpartCurrency, "counterpartCurrency"), blank(counterpartSource),
                        counterpartForm),
                new Beneficiaries(blank(targetGroups), beneficiariesTotal, beneficiariesWomen, beneficiariesDisabled,
                        beneficiariesEthnic, beneficiariesChildren),
                ShareLines.sectors(sectors), ShareLines.locations(locations), ShareLines.parties(parties),
                ShareLines.contacts(contacts), publicGroups.isEmpty() ? Set.of() : EnumSet.copyOf(publicGroups));
    }

    private static Money money(BigDecimal amount, String currency, String field) {
        try {
            return Money.of(amount, currency.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "aid.item.currency.unknown");
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public @Nullable AidKind getKind() {
        return kind;
    }

    public void setKind(@Nullable AidKind kind) {
        this.kind = kind;
    }

    public DeliveryForm getDeliveryForm() {
        return deliveryForm;
    }

    public void setDeliveryForm(DeliveryForm deliveryForm) {
        this.deliveryForm = deliveryForm;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public void setNameOriginal(String nameOriginal) {
        this.nameOriginal = nameOriginal;
    }

    public String getIatiIdentifier() {
        return iatiIdentifier;
    }

    public void setIatiIdentifier(String iatiIdentifier) {
        this.iatiIdentifier = iatiIdentifier;
    }

    public String getObjectivesVi() {
        return objectivesVi;
    }

    public void setObjectivesVi(String objectivesVi) {
        this.objectivesVi = objectivesVi;
    }

    public String getObjectivesEn() {
        return objectivesEn;
    }

    public void setObjectivesEn(String objectivesEn) {
        this.objectivesEn = objectivesEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPriorityField() {
        return priorityField;
    }

    public void setPriorityField(String priorityField) {
        this.priorityField = priorityField;
    }

    public @Nullable Long getDonorId() {
        return donorId;
    }

    public void setDonorId(@Nullable Long donorId) {
        this.donorId = donorId;
    }

    public @Nullable Long getImplementerId() {
        return implementerId;
    }

    public void setImplementerId(@Nullable Long implementerId) {
        this.implementerId = implementerId;
    }

    public @Nullable Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public void setOwnerAgencyId(@Nullable Long ownerAgencyId) {
        this.ownerAgencyId = ownerAgencyId;
    }

    public @Nullable Long getGoverningAgencyId() {
        return governingAgencyId;
    }

    public void setGoverningAgencyId(@Nullable Long governingAgencyId) {
        this.governingAgencyId = governingAgencyId;
    }

    public @Nullable LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(@Nullable LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public @Nullable LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public @Nullable LocalDate getDisasterOn() {
        return disasterOn;
    }

    public void setDisasterOn(@Nullable LocalDate disasterOn) {
        this.disasterOn = disasterOn;
    }

    public String getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(String totalAmount) {
        this.totalAmount = totalAmount;
    }

    public String getTotalCurrency() {
        return totalCurrency;
    }

    public void setTotalCurrency(String totalCurrency) {
        this.totalCurrency = totalCurrency;
    }

    public String getCounterpartAmount() {
        return counterpartAmount;
    }

    public void setCounterpartAmount(String counterpartAmount) {
        this.counterpartAmount = counterpartAmount;
    }

    public String getCounterpartCurrency() {
        return counterpartCurrency;
    }

    public void setCounterpartCurrency(String counterpartCurrency) {
        this.counterpartCurrency = counterpartCurrency;
    }

    public String getCounterpartSource() {
        return counterpartSource;
    }

    public void setCounterpartSource(String counterpartSource) {
        this.counterpartSource = counterpartSource;
    }

    public CounterpartFunds.@Nullable Form getCounterpartForm() {
        return counterpartForm;
    }

    public void setCounterpartForm(CounterpartFunds.@Nullable Form counterpartForm) {
        this.counterpartForm = counterpartForm;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public @Nullable Integer getBeneficiariesTotal() {
        return beneficiariesTotal;
    }

    public void setBeneficiariesTotal(@Nullable Integer beneficiariesTotal) {
        this.beneficiariesTotal = beneficiariesTotal;
    }

    public @Nullable Integer getBeneficiariesWomen() {
        return beneficiariesWomen;
    }

    public void setBeneficiariesWomen(@Nullable Integer beneficiariesWomen) {
        this.beneficiariesWomen = beneficiariesWomen;
    }

    public @Nullable Integer getBeneficiariesDisabled() {
        return beneficiariesDisabled;
    }

    public void setBeneficiariesDisabled(@Nullable Integer beneficiariesDisabled) {
        this.beneficiariesDisabled = beneficiariesDisabled;
    }

    public @Nullable Integer getBeneficiariesEthnic() {
        return beneficiariesEthnic;
    }

    public void setBeneficiariesEthnic(@Nullable Integer beneficiariesEthnic) {
        this.beneficiariesEthnic = beneficiariesEthnic;
    }

    public @Nullable Integer getBeneficiariesChildren() {
        return beneficiariesChildren;
    }

    public void setBeneficiariesChildren(@Nullable Integer beneficiariesChildren) {
        this.beneficiariesChildren = beneficiariesChildren;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public String getParties() {
        return parties;
    }

    public void setParties(String parties) {
        this.parties = parties;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public List<PublicGroup> getPublicGroups() {
        return publicGroups;
    }

    public void setPublicGroups(List<PublicGroup> publicGroups) {
        this.publicGroups = publicGroups;
    }
}
