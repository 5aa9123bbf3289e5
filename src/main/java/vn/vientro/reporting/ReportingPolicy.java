package vn.vientro.reporting;

import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.platform.CurrentUser;
import vn.vientro.reporting.official.ReportFileQueries;
import vn.vientro.reporting.pivot.SavedPivotQueries;
import vn.vientro.shared.Role;

/**
 * Who may read which figures and reports: the one place for the reporting module's permissions. Figures follow the
 * aid module's rule for items: provincial roles read all aid, an officer the aid of their own agency, so every
 * dashboard, map, pivot, export and statistics answer narrows its filter by {@link #statisticsScope()}.
 */
@Component("reportingPolicy")
public class ReportingPolicy {

    /** Dashboards, the map, pivots and the statistics API: every member of staff, within what they may read. */
    public static final String READ_STATISTICS = "@reportingPolicy.canReadStatistics()";
    /** The province's official reports (preview and download). */
    public static final String READ_REPORTS = "@reportingPolicy.canReadReports()";
    /** A report file written in the background: its owner alone follows and downloads it. */
    public static final String READ_REPORT_FILE = "@reportingPolicy.canReadReportFile(#jobId)";
    /** Issuing a report (its figures kept as sent) and closing a reporting period. */
    public static final String ISSUE_REPORTS = "@reportingPolicy.canIssueReports()";
    public static final String CLOSE_PERIODS = "@reportingPolicy.canClosePeriods()";
    /** A saved pivot: opened by its owner and the holders of the role it is shared with, changed by its owner. */
    public static final String READ_PIVOT = "@reportingPolicy.canReadPivot(#pivotId)";
    public static final String EDIT_PIVOT = "@reportingPolicy.canEditPivot(#pivotId)";

    /**
     * The reports the province sends are prepared by the focal point (foreign NGO work, to COMINGO) and the finance
     * department, the appraisal lead (receipt and use of aid, to the Ministry of Finance), and signed by leaders.
     */
    private static final Set<Role> READ_REPORTS_ROLES = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);
    /** The focal point issues the province's reports and freezes the periods they covered (DOMAIN.md §5). */
    private static final Set<Role> ISSUERS = EnumSet.of(FOCAL_POINT);
    /** Leaders and the focal point follow the whole programme: their home page shows the dashboard (issue 18 point 1). */
    private static final Set<Role> DASHBOARD_ON_HOME = EnumSet.of(LEADER, FOCAL_POINT);

    private final AidPolicy aid;
    private final SavedPivotQueries pivots;
    private final ReportFileQueries files;

    ReportingPolicy(AidPolicy aid, SavedPivotQueries pivots, ReportFileQueries files) {
        this.aid = aid;
        this.pivots = pivots;
        this.files = files;
    }

    public boolean canReadStatistics() {
        return CurrentUser.holdsAny(Role.values());
    }

    /**
     * The agency whose aid alone the user's figures cover, or empty when they read all aid. A user who reads neither
     * (no agency) gets an agency that owns nothing, so their figures are empty rather than everyone's.
     */
    public OptionalLong statisticsScope() {
        if (aid.readsAll()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(CurrentUser.agency().orElse(-1));
    }

    /** Whether the user's home page shows the dashboard. */
    public boolean seesDashboardAtHome(org.springframework.security.core.Authentication user) {
        return CurrentUser.holdsAny(user, DASHBOARD_ON_HOME);
    }

    public boolean canReadReports() {
        return CurrentUser.holdsAny(READ_REPORTS_ROLES);
    }

    /**
     * A report file's job is its owner's alone, while they may read reports; one that does not exist passes, so the
     * service answers 404 rather than 403.
     */
    public boolean canReadReportFile(long jobId) {
        return canReadReports() && files.owner(jobId).map(CurrentUser::is).orElse(true);
    }

    public boolean canIssueReports() {
        return CurrentUser.holdsAny(ISSUERS);
    }

    public boolean canClosePeriods() {
        return CurrentUser.holdsAny(ISSUERS);
    }

    /** A pivot that does not exist passes, so the service answers 404 rather than 403. */
    public boolean canReadPivot(long pivotId) {
        return pivots.sharing(pivotId).map(sharing -> CurrentUser.is(sharing.owner())
                || sharing.sharedRole() != null && CurrentUser.holdsAny(sharing.sharedRole())).orElse(true);
    }

    public boolean canEditPivot(long pivotId) {
        return pivots.sharing(pivotId).map(sharing -> CurrentUser.is(sharing.owner())).orElse(true);
    }
}
