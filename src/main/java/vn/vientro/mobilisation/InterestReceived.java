package vn.vientro.mobilisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation told the province from the public portal that it is interested in a published need; the
 * organisation is named when its name matched one of the registry's, else only by what it typed.
 */
public record InterestReceived(long interestId, long needId, @Nullable Long organisationId, String organisationName) {
}
