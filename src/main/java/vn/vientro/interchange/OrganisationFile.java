package vn.vientro.interchange;

import java.io.OutputStream;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The province's IATI 2.03 organisation file: its identifier and names, as its own reporter. No budget: the province
 * receives aid and keeps no budget of its own for it that the file could state, so total-budget is left out.
 */
@Component
class OrganisationFile {

    private final ReportingOrganisation reporter;
    private final Clock clock;

    OrganisationFile(ReportingOrganisation reporter, Clock clock) {
        this.reporter = reporter;
        this.clock = clock;
    }

    void write(OutputStream out) {
        String now = IatiXml.dateTime(clock.instant(), clock.getZone());
        try (IatiXml xml = new IatiXml(out)) {
            xml.start("iati-organisations", "version", ActivityFile.VERSION, "generated-datetime", now);
            xml.start("iati-organisation", "last-updated-datetime", now);
            xml.text("organisation-identifier", reporter.ref());
            xml.narratives("name", reporter.nameVi(), reporter.nameEn());
            ActivityFile.reportingOrg(xml, reporter);
            xml.end();
            xml.end();
        }
    }
}
