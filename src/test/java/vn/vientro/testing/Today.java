package vn.vientro.testing;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day it is in the province, as the application counts it (vientro.time-zone, Asia/Ho_Chi_Minh). The machine's
 * own date is a day behind from 17:00 UTC on: a test that used it would sign a decision before its dossier came in.
 */
public final class Today {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate inProvince() {
        return LocalDate.now(PROVINCE);
    }
}
