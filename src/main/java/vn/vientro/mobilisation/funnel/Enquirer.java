package vn.vientro.mobilisation.funnel;

import org.jspecify.annotations.Nullable;

/** An organisation not in the registry that sent its interest from the public portal, as it named itself. */
public record Enquirer(String name, @Nullable String country, @Nullable String email, @Nullable String phone) {
}
