package vn.vientro.reporting.official;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.monitoring.ProvinceReportLinks;
import vn.vientro.reporting.ReportingPolicy;

/** The official reports, linked from the monitoring module's reporting duties for those who may read them. */
@Component
class DutyReportLinks implements ProvinceReportLinks {

    private final ReportingPolicy policy;

    DutyReportLinks(ReportingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<Link> provinceReports() {
        if (!policy.canReadReports()) {
            return List.of();
        }
        return Arrays.stream(OfficialReport.values()).map(report -> new Link("reporting.official.title." + report,
                OfficialReportController.BASE + "/" + report.slug())).toList();
    }
}
