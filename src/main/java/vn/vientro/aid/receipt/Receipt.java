package vn.vientro.aid.receipt;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The receipt of a submitted dossier (phiếu tiếp nhận hồ sơ): a code people read ({@code HS-2026-000123}) and a random
 * check code that only the slip carries. Written once, when the dossier is first submitted, and never changed (so it
 * has no version); a resubmission keeps it. The database stamps the time.
 */
@Table(schema = "aid", name = "receipt")
class Receipt {

    /** No 0/O, 1/I/L: a check code is read off paper and typed again. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CHECK_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final String code;
    private final String checkCode;
    private final LocalDate issuedOn;

    @PersistenceCreator
    Receipt(@Nullable Long id, long itemId, String code, String checkCode, LocalDate issuedOn) {
        this.id = id;
        this.itemId = itemId;
        this.code = code;
        this.checkCode = checkCode;
        this.issuedOn = issuedOn;
    }

    /** The receipt of the item's dossier submitted on {@code on}: its code names the year and the item. */
    static Receipt issue(long itemId, LocalDate on) {
        return new Receipt(null, itemId, code(on.getYear(), itemId), randomCheckCode(), on);
    }

    static String code(int year, long itemId) {
        return String.format(Locale.ROOT, "HS-%d-%06d", year, itemId);
    }

    static String randomCheckCode() {
        StringBuilder check = new StringBuilder(CHECK_LENGTH);
        for (int i = 0; i < CHECK_LENGTH; i++) {
            check.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return check.toString();
    }

    long itemId() {
        return itemId;
    }

    String code() {
        return code;
    }

    String checkCode() {
        return checkCode;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }
}
