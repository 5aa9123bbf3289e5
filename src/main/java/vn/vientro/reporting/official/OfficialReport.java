package vn.vientro.reporting.official;

import java.util.Arrays;
import java.util.Optional;

/**
 * The province's periodic reports (DOMAIN.md §5, seed 000 §II.8, seed 004 §I), each written in addresses by its slug.
 * Their wording (title, recipients, signer) is in {@code templates/reporting/official/document.xhtml}.
 */
public enum OfficialReport {
    /** Receipt and use of foreign non-governmental aid, to the Ministry of Finance. */
    AID_RECEIPT("aid-receipt"),
    /** Foreign-NGO work and mobilisation, to COMINGO with a copy to the Ministry of Foreign Affairs. */
    NGO_WORK("ngo-work"),
    /** Aid items approved in the period, their decisions, implementation and disbursement. */
    APPROVALS("approvals"),
    /** The five-year review table: programmes, projects and non-project aid, committed value by field and year. */
    FIVE_YEAR("five-year");

    private final String slug;

    OfficialReport(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<OfficialReport> bySlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
