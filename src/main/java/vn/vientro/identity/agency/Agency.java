package vn.vientro.identity.agency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;

/** A government body or partner whose staff use the system (Sở Tài chính, Công an tỉnh, UBND xã …). */
@Table(schema = "identity", name = "agency")
public class Agency {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String code;
    private String nameVi;
    private @Nullable String nameEn;
    private @Nullable String shortName;
    private AgencyKind kind;
    private boolean focalPoint;
    private boolean appraisalLead;
    private boolean active;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String address;
    private @Nullable String headTitleVi;
    private @Nullable String headTitleEn;
    private Instant createdAt;

    @PersistenceCreator
    Agency(@Nullable Long id, @Nullable Long version, String code, String nameVi, @Nullable String nameEn,
           @Nullable String shortName, AgencyKind kind, boolean focalPoint, boolean appraisalLead, boolean active,
           @Nullable String email, @Nullable String phone, @Nullable String address, @Nullable String headTitleVi,
           @Nullable String headTitleEn, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.shortName = shortName;
        this.kind = kind;
        this.focalPoint = focalPoint;
        this.appraisalLead = appraisalLead;
        this.active = active;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.headTitleVi = headTitleVi;
        this.headTitleEn = headTitleEn;
        this.createdAt = createdAt;
    }

    public static Agency register(AgencyDetails details) {
        Agency agency = new Agency(null, null, details.code(), details.nameVi(), null, null, details.kind(),
                false, false, true, null, null, null, null, null, Instant.now());
        agency.describe(details);
        return agency;
    }

    public void describe(AgencyDetails details) {
        this.code = details.code().trim();
        this.nameVi = details.nameVi().trim();
        this.nameEn = blankToNull(details.nameEn());
        this.shortName = blankToNull(details.shortName());
        this.kind = details.kind();
        this.focalPoint = details.focalPoint();
        this.appraisalLead = details.appraisalLead();
        this.active = details.active();
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.address = blankToNull(details.address());
        this.headTitleVi = blankToNull(details.headTitleVi());
        this.headTitleEn = blankToNull(details.headTitleEn());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long version() {
        return version;
    }

    String code() {
        return code;
    }

    String nameVi() {
        return nameVi;
    }

    @Nullable String nameEn() {
        return nameEn;
    }

    @Nullable String shortName() {
        return shortName;
    }

    AgencyKind kind() {
        return kind;
    }

    boolean focalPoint() {
        return focalPoint;
    }

    boolean appraisalLead() {
        return appraisalLead;
    }

    boolean active() {
        return active;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable String phone() {
        return phone;
    }

    @Nullable String address() {
        return address;
    }
}
