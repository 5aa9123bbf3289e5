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
import vn.vientro.shared.TextLength;

/** The agency form as typed; kept as typed when it comes back with errors. */
public record AgencyForm(
        @Nullable Long version,
        @NotBlank(message = "{identity.agency.code.required}")
        @Pattern(regexp = "^$|[A-Za-z0-9._-]{2,40}", message = "{identity.agency.code.pattern}") String code,
        @NotBlank(message = "{identity.agency.nameVi.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameEn,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String shortName,
        @NotNull(message = "{identity.agency.kind.required}") @Nullable AgencyKind kind,
        Boolean focalPoint,
        Boolean appraisalLead,
        Boolean active,
        @Email(message = "{validation.email}") @Size(max = TextLength.EMAIL, message = "{validation.tooLong}")
        String email,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String phone,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String address,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String headTitleVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String headTitleEn) {

    /** A checkbox left out of the request keeps its default; a browser sends its marker, so unticked is false. */
    public AgencyForm {
        focalPoint = focalPoint != null && focalPoint;
        appraisalLead = appraisalLead != null && appraisalLead;
        active = active == null || active;
        code = text(code);
        nameVi = text(nameVi);
        nameEn = text(nameEn);
        shortName = text(shortName);
        email = text(email);
        phone = text(phone);
        address = text(address);
        headTitleVi = text(headTitleVi);
        headTitleEn = text(headTitleEn);
    }

    static AgencyForm blank() {
        return new AgencyForm(null, "", "", "", "", null, false, false, true, "", "", "", "", "");
    }

    static AgencyForm of(AgencyView agency) {
        return new AgencyForm(agency.version(), agency.code(), agency.nameVi(), agency.nameEn(), agency.shortName(),
                agency.kind(), agency.focalPoint(), agency.appraisalLead(), agency.active(), agency.email(),
                agency.phone(), agency.address(), agency.headTitleVi(), agency.headTitleEn());
    }

    AgencyForm withVersion(long stored) {
        return new AgencyForm(stored, code, nameVi, nameEn, shortName, kind, focalPoint, appraisalLead, active, email,
                phone, address, headTitleVi, headTitleEn);
    }

    AgencyDetails toDetails() {
        return new AgencyDetails(code, nameVi, nameEn, shortName, java.util.Objects.requireNonNull(kind), focalPoint,
                appraisalLead, active, email, phone, address, headTitleVi, headTitleEn);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
