package vn.vientro.mobilisation.bulletin;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * Demo profile only: bulletin entries ({@code demo/mobilisation/bulletin.yml}) published through the service as the
 * demo's focal point, for activities of the demo plans and a demo reward, after they exist; skipped when any entry
 * exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 77)
class DemoBulletin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBulletin.class);

    private final BulletinEntryRepository repository;
    private final Bulletin bulletin;
    private final ActingUser acting;

    DemoBulletin(BulletinEntryRepository repository, Bulletin bulletin, ActingUser acting) {
        this.repository = repository;
        this.bulletin = bulletin;
        this.acting = acting;
    }

    /** The entries as the file lists them. */
    record Seed(List<Entry> entries) {
    }

    /** An entry for an activity named by its title, or a reward by its decision number. */
    record Entry(@Nullable String activity, @Nullable String reward, String titleVi, String titleEn, String summaryVi,
                 String summaryEn, String happenedOn) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Entry> entries = DemoFile.read("demo/mobilisation/bulletin.yml", Seed.class).entries();
        int published = acting.run("focal", () -> {
            List<BulletinLine> lines = bulletin.lines();
            int count = 0;
            for (Entry entry : entries) {
                BulletinLine line = lines.stream().filter(found -> entry.activity() != null
                        ? found.source() == BulletinSource.ACTIVITY && found.title().equals(entry.activity())
                        : found.source() == BulletinSource.REWARD && found.title().startsWith(entry.reward() + " "))
                        .findFirst().orElse(null);
                if (line != null) {
                    bulletin.write(line.source(), line.sourceId(), null, new BulletinInput(null, entry.titleVi(),
                            entry.titleEn(), entry.summaryVi(), entry.summaryEn(),
                            LocalDate.parse(entry.happenedOn()), true));
                    count++;
                }
            }
            return count;
        });
        log.info("Demo bulletin entries published: {}", published);
    }
}
