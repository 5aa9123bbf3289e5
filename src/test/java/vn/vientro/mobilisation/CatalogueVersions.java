package vn.vientro.mobilisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.catalogue.Catalogues;
import vn.vientro.mobilisation.catalogue.PeriodRow;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.testing.ApplicationUnderTest;

/**
 * Versions of the catalogue made for a test through {@link Catalogues}, as the province makes them: the appraisal lead
 * opens a plan period no other test uses and compiles a draft, the leader approves it by decision.
 */
public final class CatalogueVersions {

    private CatalogueVersions() {
    }

    /** A plan period of its own for the test: five years no other period covers exactly. */
    public static long aPeriod() {
        Staff appraiser = Staff.appraiser();
        Set<Integer> taken = appraiser.acting(() -> catalogues().periods()).stream()
                .filter(period -> period.lastYear() - period.firstYear() == 4).map(PeriodRow::firstYear)
                .collect(Collectors.toSet());
        int first = java.util.stream.IntStream.rangeClosed(2000, 2096).filter(year -> !taken.contains(year))
                .findFirst().orElseThrow();
        return appraiser.acting(() -> catalogues().openPeriod(first, first + 4));
    }

    /** A draft version of the period holding these accepted needs; answers its id. */
    public static long draft(long periodId, long... needIds) {
        Staff appraiser = Staff.appraiser();
        long versionId = appraiser.acting(() -> catalogues().openVersion(periodId));
        for (long needId : needIds) {
            appraiser.acting(() -> {
                catalogues().include(versionId, currentVersion(versionId), needId);
                return null;
            });
        }
        return versionId;
    }

    /** The period's next version, listing these accepted needs besides the ones it carries, approved by decision. */
    public static long approved(long periodId, String decision, LocalDate signed, long... needIds) {
        long versionId = draft(periodId, needIds);
        Staff.leader().acting(() -> {
            catalogues().approve(versionId, currentVersion(versionId),
                    new NeedStep(null, decision, signed, null, null, null));
            return null;
        });
        return versionId;
    }

    /** A new period's first version listing these accepted needs, approved by decision. */
    public static long approving(String decision, LocalDate signed, long... needIds) {
        return approved(aPeriod(), decision, signed, needIds);
    }

    /** The draft's version as the appraisal lead reads it now. */
    public static long currentVersion(long versionId) {
        return Staff.appraiser().acting(() -> catalogues().version(versionId).header().version());
    }

    public static List<Long> listedNeeds(long versionId) {
        return Staff.appraiser().acting(() -> catalogues().version(versionId).listed().stream()
                .map(entry -> entry.needId()).toList());
    }

    private static Catalogues catalogues() {
        return ApplicationUnderTest.bean(Catalogues.class);
    }
}
