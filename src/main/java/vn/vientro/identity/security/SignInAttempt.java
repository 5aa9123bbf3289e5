package vn.vientro.identity.security;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One press of the sign-in button: who it claims to be, where it comes from, and the trusted browser it comes from,
 * if any (then only that browser's throttle applies to it).
 */
record SignInAttempt(String username, String address, @Nullable Long trustedDevice) {

    /** Longer than any username: what is beyond it is not a username and need not be stored to be counted. */
    private static final int LONGEST_COUNTED = 64;

    static SignInAttempt of(@Nullable String typedUsername, String address, @Nullable Long trustedDevice) {
        String username = normalize(typedUsername == null ? "" : typedUsername);
        return new SignInAttempt(username.length() > LONGEST_COUNTED ? username.substring(0, LONGEST_COUNTED)
                : username, address, trustedDevice);
    }

    static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /** The throttles the attempt counts against, always in this order so that concurrent attempts never deadlock. */
    List<Key> keys() {
        return trustedDevice == null
                ? List.of(new Key(ThrottleScope.ADDRESS, address), new Key(ThrottleScope.ACCOUNT, username))
                : List.of(new Key(ThrottleScope.DEVICE, trustedDevice.toString()));
    }

    record Key(ThrottleScope scope, String subject) {
    }
}
