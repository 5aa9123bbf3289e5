package vn.vientro.interchange.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address of an IATI activity file for the server to fetch, as an administrator typed it. */
public record AddressForm(
        @NotBlank(message = "{interchange.import.url.required}")
        @Size(max = IatiImports.MAX_ADDRESS, message = "{validation.tooLong}") @Nullable String url) {

    static AddressForm blank() {
        return new AddressForm("");
    }
}
