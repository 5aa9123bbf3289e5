package vn.vientro.mobilisation;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation sends from the public portal's "we are interested" form: its name as typed, its country (an
 * ISO 3166 code), who to contact and how, and its message.
 */
public record Enquiry(String organisationName, @Nullable String country, String contactName, String email,
                      @Nullable String phone, String message) {
}
