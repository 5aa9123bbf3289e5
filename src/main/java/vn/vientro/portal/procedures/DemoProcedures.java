package vn.vientro.portal.procedures;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.ActingUser;
import vn.vientro.platform.DemoFile;

/**
 * Demo profile only: the procedure pages' texts ({@code demo/portal/procedures.yml}) written through the service as
 * the demo's focal point; a page already written is left as it is.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 76)
class DemoProcedures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

    private final Procedures procedures;
    private final ActingUser acting;

    DemoProcedures(Procedures procedures, ActingUser acting) {
        this.procedures = procedures;
        this.acting = acting;
    }

    /** The pages as the file lists them. */
    record Seed(List<Page> pages) {
    }

    /** A procedure's text in both languages. */
    record Page(ProcedureKind procedure, String bodyVi, String bodyEn) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Page> pages = DemoFile.read("demo/portal/procedures.yml", Seed.class).pages();
        int written = acting.run("focal", () -> {
            int count = 0;
            for (Page page : pages) {
                if (procedures.text(page.procedure()).isEmpty()) {
                    procedures.write(page.procedure(), null, new ProcedureText(null, page.bodyVi(), page.bodyEn()));
                    count++;
                }
            }
            return count;
        });
        log.info("Demo procedure pages written: {}", written);
    }
}
