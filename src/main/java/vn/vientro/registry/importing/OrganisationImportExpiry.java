package vn.vientro.registry.importing;

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
 * Every hour (and once across all nodes), ends the checked imports nobody confirmed within
 * {@code vientro.registry.import.keep-unconfirmed}: their kept file is deleted and the job says why, so the person who
 * uploaded it knows to upload it again.
 */
@Component
class OrganisationImportExpiry {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImportExpiry.class);

    private final ImportJobs jobs;
    private final Settings settings;

    OrganisationImportExpiry(ImportJobs jobs, Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Scheduled(cron = "${vientro.registry.import.expiry-cron:0 45 * * * *}")
    @SchedulerLock(name = "registry.import-expiry", lockAtMostFor = "10m")
    void runHourly() {
        int expired = Actor.runAs("system:scheduler", this::expireUnconfirmed);
        log.info("Organisation imports left unconfirmed past their time: {} ended", expired);
    }

    int expireUnconfirmed() {
        return jobs.expireUnconfirmed(settings.keepUnconfirmed().toSeconds());
    }

    /** How long a checked file waits for its confirmation. */
    @ConfigurationProperties("vientro.registry.import")
    record Settings(@DefaultValue("7d") Duration keepUnconfirmed) {
    }
}
