package vn.vientro.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.shared.TextLength;

/** The organisation form as typed; lists of codes are typed comma-separated. */
public record OrganisationForm(
        @Nullable Long version,
        @NotNull(message = "{registry.organisation.kind.required}") @Nullable OrganisationKind kind,
        @NotBlank(message = "{registry.organisation.nameOriginal.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameOriginal,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameEn,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameVi,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String abbreviation,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String countryCode,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String iatiIdentifier,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String iatiOrgType,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String website,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String addressAbroad,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String addressVn,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String phone,
        @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") String email,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String headOfOffice,
        String sectorCodes,
        List<String> priorityFields,
        String communeCodes,
        String communePick,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String notes,
        Boolean confirmNotDuplicate) {

    public OrganisationForm {
        nameOriginal = text(nameOriginal);
        nameEn = text(nameEn);
        nameVi = text(nameVi);
        abbreviation = text(abbreviation);
        countryCode = text(countryCode);
        iatiIdentifier = text(iatiIdentifier);
        iatiOrgType = text(iatiOrgType);
        website = text(website);
        addressAbroad = text(addressAbroad);
        addressVn = text(addressVn);
        phone = text(phone);
        email = text(email);
        headOfOffice = text(headOfOffice);
        sectorCodes = text(sectorCodes);
        priorityFields = priorityFields == null ? List.of() : List.copyOf(priorityFields);
        communeCodes = text(communeCodes);
        communePick = text(communePick);
        notes = text(notes);
        confirmNotDuplicate = confirmNotDuplicate != null && confirmNotDuplicate;
    }

    static OrganisationForm blank() {
        return new OrganisationForm(null, null, "", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "",
                "", "", false);
    }

    static OrganisationForm of(OrganisationView view) {
        return new OrganisationForm(view.version(), view.kind(), view.nameOriginal(), view.nameEn(), view.nameVi(),
                view.abbreviation(), view.countryCode(), view.iatiIdentifier(), view.iatiOrgType(), view.website(),
                view.addressAbroad(), view.addressVn(), view.phone(), view.email(), view.headOfOffice(),
                String.join(", ", view.sectorCodes()), view.priorityFields(), String.join(", ", view.communeCodes()),
                "", view.notes(), false);
    }

    /** The form as typed, with the communes it names (the typed codes and the one picked) as its commune codes. */
    OrganisationForm withCommunes(List<String> communes) {
        return new OrganisationForm(version, kind, nameOriginal, nameEn, nameVi, abbreviation, countryCode,
                iatiIdentifier, iatiOrgType, website, addressAbroad, addressVn, phone, email, headOfOffice, sectorCodes,
                priorityFields, String.join(", ", communes), communePick, notes, confirmNotDuplicate);
    }

    OrganisationForm withVersion(long stored) {
        return new OrganisationForm(stored, kind, nameOriginal, nameEn, nameVi, abbreviation, countryCode,
                iatiIdentifier, iatiOrgType, website, addressAbroad, addressVn, phone, email, headOfOffice, sectorCodes,
                priorityFields, communeCodes, communePick, notes, confirmNotDuplicate);
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
}
