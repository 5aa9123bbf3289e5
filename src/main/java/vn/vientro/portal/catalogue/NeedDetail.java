package vn.vientro.portal.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.shared.Money;

/** A published need's page in one language, with its addresses in both and every code named. */
@SuppressWarnings("checkstyle:ParameterNumber")
public record NeedDetail(long id, String title, String summary, String objectives, String fieldName,
                         List<String> sectorNames, List<String> communeNames, PublishedNeed.Reach reach, Money cost,
                         @Nullable Money foreign, Money counterpart, int durationMonths, String period,
                         String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
                         List<String> photoUrls, String url, String viUrl, String enUrl, String interestUrl,
                         String thanksUrl, String titleVi) {

    /** The beneficiary figures the need states, each with the key naming its group. */
    public List<ReachRow> reachRows() {
        return java.util.stream.Stream.of(new ReachRow("total", reach.total()),
                        new ReachRow("poorHouseholds", reach.poorHouseholds()), new ReachRow("children", reach.children()),
                        new ReachRow("peopleWithDisabilities", reach.peopleWithDisabilities()),
                        new ReachRow("ethnicMinorities", reach.ethnicMinorities()), new ReachRow("women", reach.women()))
                .filter(row -> row.count() != null).toList();
    }

    /** One group of beneficiaries and how many. */
    public record ReachRow(String key, @Nullable Integer count) {
    }
}
