package vn.vientro.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;

/** The organisation form as typed; lists of codes are typed comma-separated. */
public class OrganisationForm {

    private @Nullable Long version;
    @NotNull(message = "{registry.organisation.kind.required}")
    private @Nullable OrganisationKind kind;
    @NotBlank(message = "{registry.organisation.nameOriginal.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String nameOriginal = "";
    @Size(max = 300, message = "{validation.tooLong}")
    private String nameEn = "";
    @Size(max = 300, message = "{validation.tooLong}")
    private String nameVi = "";
    @Size(max = 40, message = "{validation.tooLong}")
    private String abbreviation = "";
    private String countryCode = "";
    @Size(max = 100, message = "{validation.tooLong}")
    private String iatiIdentifier = "";
    private String iatiOrgType = "";
    @Size(max = 300, message = "{validation.tooLong}")
    private String website = "";
    @Size(max = 500, message = "{validation.tooLong}")
    private String addressAbroad = "";
    @Size(max = 500, message = "{validation.tooLong}")
    private String addressVn = "";
    @Size(max = 60, message = "{validation.tooLong}")
    private String phone = "";
    @Size(max = 200, message = "{validation.tooLong}")
    private String email = "";
    @Size(max = 200, message = "{validation.tooLong}")
    private String headOfOffice = "";
    private String sectorCodes = "";
    private List<String> priorityFields = new ArrayList<>();
    private String communeCodes = "";
    private String communePick = "";
    @Size(max = 4000, message = "{validation.tooLong}")
    private String notes = "";
    private boolean confirmNotDuplicate;

    static OrganisationForm of(OrganisationView view) {
        OrganisationForm form = new OrganisationForm();
        form.version = view.version();
        form.kind = view.kind();
        form.nameOriginal = view.nameOriginal();
        form.nameEn = text(view.nameEn());
        form.nameVi = text(view.nameVi());
        form.abbreviation = text(view.abbreviation());
        form.countryCode = text(view.countryCode());
        form.iatiIdentifier = text(view.iatiIdentifier());
        form.iatiOrgType = text(view.iatiOrgType());
        form.website = text(view.website());
        form.addressAbroad = text(view.addressAbroad());
        form.addressVn = text(view.addressVn());
        form.phone = text(view.phone());
        form.email = text(view.email());
        form.headOfOffice = text(view.headOfOffice());
        form.sectorCodes = String.join(", ", view.sectorCodes());
        form.priorityFields = new ArrayList<>(view.priorityFields());
        form.communeCodes = String.join(", ", view.communeCodes());
        form.notes = text(view.notes());
        return form;
    }

    OrganisationDetails toDetails(List<String> communes) {
        return new OrganisationDetails(java.util.Objects.requireNonNull(kind), nameOriginal, nameEn, nameVi,
                abbreviation, countryCode, iatiIdentifier, iatiOrgType, website, addressAbroad, addressVn, phone, email,
                headOfOffice, split(sectorCodes), priorityFields, communes, notes);
    }

    static List<String> split(String codes) {
        return Arrays.stream(codes.split("[,;\\s]+")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable OrganisationKind getKind() { return kind; }
    public void setKind(@Nullable OrganisationKind kind) { this.kind = kind; }
    public String getNameOriginal() { return nameOriginal; }
    public void setNameOriginal(String nameOriginal) { this.nameOriginal = nameOriginal; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getIatiIdentifier() { return iatiIdentifier; }
    public void setIatiIdentifier(String iatiIdentifier) { this.iatiIdentifier = iatiIdentifier; }
    public String getIatiOrgType() { return iatiOrgType; }
    public void setIatiOrgType(String iatiOrgType) { this.iatiOrgType = iatiOrgType; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getAddressAbroad() { return addressAbroad; }
    public void setAddressAbroad(String addressAbroad) { this.addressAbroad = addressAbroad; }
    public String getAddressVn() { return addressVn; }
    public void setAddressVn(String addressVn) { this.addressVn = addressVn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getHeadOfOffice() { return headOfOffice; }
    public void setHeadOfOffice(String headOfOffice) { this.headOfOffice = headOfOffice; }
    public String getSectorCodes() { return sectorCodes; }
    public void setSectorCodes(String sectorCodes) { this.sectorCodes = sectorCodes; }
    public List<String> getPriorityFields() { return priorityFields; }
    public void setPriorityFields(@Nullable List<String> priorityFields) { this.priorityFields = priorityFields == null ? new ArrayList<>() : priorityFields; }
    public String getCommuneCodes() { return communeCodes; }
    public void setCommuneCodes(String communeCodes) { this.communeCodes = communeCodes; }
    public String getCommunePick() { return communePick; }
    public void setCommunePick(String communePick) { this.communePick = communePick; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isConfirmNotDuplicate() { return confirmNotDuplicate; }
    public void setConfirmNotDuplicate(boolean confirmNotDuplicate) { this.confirmNotDuplicate = confirmNotDuplicate; }
}
