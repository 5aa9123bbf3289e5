package vn.vientro.aid.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the projects of seed 003 and a few more as aid items in realistic states, made through the
 * module's own services as the people who would make each step (the health department's officer, the appraisal lead,
 * the police, the leader), with their papers, opinions and money. Runs once: skipped when any item exists (the one
 * question asked in SQL, before any service may be called).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DemoAid implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAid.class);

    private final JdbcClient jdbc;
    private final DemoAidSteps steps;
    private final DemoRecordDates dates;
    private final Clock clock;

    DemoAid(JdbcClient jdbc, DemoAidSteps steps, DemoRecordDates dates, Clock clock) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from aid.aid_item)").query(Boolean.class).single()) {
            return;
        }
        List<DemoItem> items = DemoAidItems.all(LocalDate.now(clock));
        items.forEach(item -> dates.date(steps.make(item)));
        log.info("Demo aid items ready: {} items with papers, opinions, decisions and money", items.size());
    }
}
