package vn.vientro.interchange.importing;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;

/**
 * Every hour (and once across all nodes), ends the IATI imports read and previewed but not applied within
 * {@code vientro.interchange.import.keep-unapplied}: the activities they staged (a 50 MB file stages tens of thousands)
 * are deleted and the job says why, so the person who started it knows to import the file again.
 */
@Component
class IatiImportExpiry {

    private static final Logger log = LoggerFactory.getLogger(IatiImportExpiry.class);

    private final IatiImportJobs jobs;
    private final Settings settings;

    IatiImportExpiry(IatiImportJobs jobs, Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Scheduled(cron = "${vientro.interchange.import.expiry-cron:0 50 * * * *}")
    @SchedulerLock(name = "interchange.import-expiry", lockAtMostFor = "10m")
    void runHourly() {
        int expired = Actor.runAs("system:scheduler", this::expireUnapplied);
        log.info("IATI imports left unapplied past their time: {} ended", expired);
    }

    int expireUnapplied() {
        return jobs.expireUnapplied(settings.keepUnapplied().toSeconds());
    }

    /** How long a read file waits for the order to apply it. */
    @ConfigurationProperties("vientro.interchange.import")
    record Settings(@DefaultValue("7d") Duration keepUnapplied) {
    }
}
