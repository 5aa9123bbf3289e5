package vn.vientro.identity.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;

/** The agency form as typed; kept as typed when it comes back with errors. */
public class AgencyForm {

    private @Nullable Long version;
    @NotBlank(message = "{identity.agency.code.required}")
    @Pattern(regexp = "^$|[A-Za-z0-9._-]{2,40}", message = "{identity.agency.code.pattern}")
    private String code = "";
    @NotBlank(message = "{identity.agency.nameVi.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String nameVi = "";
    @Size(max = 300, message = "{validation.tooLong}")
    private String nameEn = "";
    @Size(max = 60, message = "{validation.tooLong}")
    private String shortName = "";
    @NotNull(message = "{identity.agency.kind.required}")
    private @Nullable AgencyKind kind;
    private boolean focalPoint;
    private boolean appraisalLead;
    private boolean active = true;
    @Email(message = "{validation.email}")
    private String email = "";
    @Size(max = 40, message = "{validation.tooLong}")
    private String phone = "";
    @Size(max = 500, message = "{validation.tooLong}")
    private String address = "";

    static AgencyForm of(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.version = agency.version();
        form.code = agency.code();
        form.nameVi = agency.nameVi();
        form.nameEn = nullToEmpty(agency.nameEn());
        form.shortName = nullToEmpty(agency.shortName());
        form.kind = agency.kind();
        form.focalPoint = agency.focalPoint();
        form.appraisalLead = agency.appraisalLead();
        form.active = agency.active();
        form.email = nullToEmpty(agency.email());
        form.phone = nullToEmpty(agency.phone());
        form.address = nullToEmpty(agency.address());
        return form;
    }

    AgencyDetails toDetails() {
        return new AgencyDetails(code, nameVi, nameEn, shortName, java.util.Objects.requireNonNull(kind), focalPoint,
                appraisalLead, active, email, phone, address);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public @Nullable AgencyKind getKind() { return kind; }
    public void setKind(@Nullable AgencyKind kind) { this.kind = kind; }
    public boolean isFocalPoint() { return focalPoint; }
    public void setFocalPoint(boolean focalPoint) { this.focalPoint = focalPoint; }
    public boolean isAppraisalLead() { return appraisalLead; }
    public void setAppraisalLead(boolean appraisalLead) { this.appraisalLead = appraisalLead; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
