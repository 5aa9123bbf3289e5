package vn.vientro.portal.catalogue;

import java.time.Instant;
import vn.vientro.testing.ApplicationUnderTest;

/** The portal's spam guard for tests, which all send from one address and cannot wait at every form. */
public final class PortalForms {

    private PortalForms() {
    }

    /** Every address may send its hourly interests again. */
    public static void forgetAddresses() {
        ApplicationUnderTest.bean(SpamGuard.class).forgetAddresses();
    }

    /** The stamp of a form served that many seconds ago. */
    public static String servedSecondsAgo(long seconds) {
        return ApplicationUnderTest.bean(SpamGuard.class).stamp(Instant.now().minusSeconds(seconds));
    }
}
