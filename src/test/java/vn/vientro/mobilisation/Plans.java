package vn.vientro.mobilisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.plan.ActivityInput;
import vn.vientro.mobilisation.plan.ActivityStatus;
import vn.vientro.mobilisation.plan.ActivityType;
import vn.vientro.mobilisation.plan.MobilisationPlans;
import vn.vientro.mobilisation.plan.PlanInput;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Unique;

/** Yearly plans for tests, written by a focal point through the service as the pages do. */
public final class Plans {

    private final Staff focal;
    private final long planId;
    private final int year;
    private final String title;

    private Plans(Staff focal, long planId, int year, String title) {
        this.focal = focal;
        this.planId = planId;
        this.year = year;
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** A plan for the year, within a programme from the year before to three years after. */
    public static Plans aPlanFor(int year) {
        Staff focal = Staff.focalPoint();
        String title = "Kế hoạch vận động năm " + year + " (" + Unique.number() + ")";
        long id = focal.acting(() -> service().create(new PlanInput(null, year, title,
                "Củng cố quan hệ với các tổ chức đang hoạt động tại tỉnh.", "Chương trình vận động giai đoạn "
                + (year - 1) + "–" + (year + 3), year - 1, year + 3, "67/UBND-NC", LocalDate.of(year - 1, 3, 14))));
        return new Plans(focal, id, year, title);
    }

    public long id() {
        return planId;
    }

    public int year() {
        return year;
    }

    public Staff focal() {
        return focal;
    }

    /** Adds an activity led by the agency, with a budget planned and spent from the province's foreign-affairs fund. */
    public long activity(String title, ActivityType type, ActivityStatus status, List<Integer> months,
                         long leadAgencyId, @Nullable String planned, @Nullable String spent) {
        return focal.acting(() -> service().addActivity(planId, input(title, type, status, months, leadAgencyId,
                List.of(), planned, spent)));
    }

    public long activityWith(String title, long leadAgencyId, List<Long> participating) {
        return focal.acting(() -> service().addActivity(planId, input(title, ActivityType.TRAINING,
                ActivityStatus.NOT_STARTED, List.of(6), leadAgencyId, participating, null, null)));
    }

    public static ActivityInput input(String title, ActivityType type, ActivityStatus status, List<Integer> months,
                                      long leadAgencyId, List<Long> participating, @Nullable String planned,
                                      @Nullable String spent) {
        boolean money = planned != null || spent != null;
        return new ActivityInput(null, type, title, null, months, leadAgencyId, participating, null, List.of(),
                List.of(), planned == null ? null : new BigDecimal(planned), spent == null ? null
                : new BigDecimal(spent), money ? "Kinh phí đối ngoại" : null, status, null, null);
    }

    private static MobilisationPlans service() {
        return ApplicationUnderTest.bean(MobilisationPlans.class);
    }
}
