package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.DossierOrigin;
import vn.vientro.mobilisation.need.Beneficiaries;
import vn.vientro.mobilisation.need.NeedView;
import vn.vientro.shared.DateText;

/**
 * The address of the aid module's new-item form filled from a pledge and its need: names, texts, priority field,
 * sectors and communes (shared evenly, for the owner to adjust), the donor, the proposer as aid owner, the pledged
 * amount, the counterpart funds, the beneficiaries, and the need's duration from the day funding is expected; with
 * the pledge as the dossier's origin.
 */
final class DossierPrefill {

    static final String ORIGIN_KIND = "pledge";
    private static final String NEW_ITEM = "/app/aid/items/new";

    private DossierPrefill() {
    }

    static String address(long pledgeId, NeedView need, long organisationId, BigDecimal amount, String currency,
                          @Nullable LocalDate expectedOn) {
        StringBuilder uri = new StringBuilder(NEW_ITEM);
        field(uri, "nameVi", need.titleVi());
        field(uri, "nameEn", need.titleEn());
        field(uri, "objectivesVi", need.objectivesVi());
        field(uri, "objectivesEn", need.objectivesEn());
        field(uri, "descriptionVi", need.summaryVi());
        field(uri, "descriptionEn", need.summaryEn());
        field(uri, "priorityField", need.priorityField());
        field(uri, "donorId", Long.toString(organisationId));
        field(uri, "ownerAgencyId", Long.toString(need.agencyId()));
        field(uri, "totalAmount", plain(amount));
        field(uri, "totalCurrency", currency);
        if (need.counterpart().signum() > 0) {
            field(uri, "counterpartAmount", plain(need.counterpart()));
            field(uri, "counterpartCurrency", "VND");
        }
        if (expectedOn != null) {
            field(uri, "plannedStart", DateText.DATE.format(expectedOn));
            field(uri, "plannedEnd", DateText.DATE.format(expectedOn.plusMonths(need.durationMonths()).minusDays(1)));
        }
        beneficiaries(uri, need.beneficiaries());
        parameter(uri, "sectors", evenShares(need.sectors()));
        parameter(uri, "locations", evenShares(need.communes()));
        parameter(uri, "origin", new DossierOrigin(ORIGIN_KIND, pledgeId).value());
        return uri.toString();
    }

    private static void beneficiaries(StringBuilder uri, Beneficiaries people) {
        field(uri, "beneficiariesTotal", number(people.total()));
        field(uri, "beneficiariesWomen", number(people.women()));
        field(uri, "beneficiariesDisabled", number(people.peopleWithDisabilities()));
        field(uri, "beneficiariesEthnic", number(people.ethnicMinorities()));
        field(uri, "beneficiariesChildren", number(people.children()));
    }

    /** One line per code with its share of 100, the remainder of the rounding on the first. */
    static String evenShares(List<String> codes) {
        if (codes.isEmpty()) {
            return "";
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
        BigDecimal first = BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(codes.size() - 1L)));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            lines.append(i == 0 ? "" : "\n").append(codes.get(i)).append(' ').append(plain(i == 0 ? first : each));
        }
        return lines.toString();
    }

    private static void field(StringBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameter(uri, "fields[" + name + "]", value);
        }
    }

    private static void parameter(StringBuilder uri, String name, String value) {
        uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static @Nullable String number(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
