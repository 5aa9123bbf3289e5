package vn.vientro.platform.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;

/**
 * Every hour (and once across all nodes), forgets the answers kept for {@code Idempotency-Key}s past their time
 * ({@link IdempotencyRules#keepFor()}): a retry so late is a new request. Until the job has run, a key past its time
 * is already treated as free when it comes again.
 */
@Component
class IdempotencyKeyExpiry {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotentAnswers answers;

    IdempotencyKeyExpiry(IdempotentAnswers answers) {
        this.answers = answers;
    }

    @Scheduled(cron = "${vientro.api.idempotency.expiry-cron:0 25 * * * *}")
    @SchedulerLock(name = "platform.idempotency-key-expiry", lockAtMostFor = "10m")
    void runHourly() {
        int forgotten = Actor.runAs("system:scheduler", this::forgetExpired);
        log.info("Idempotency keys past their time: {} forgotten", forgotten);
    }

    /** Forgets the answers past their time; returns how many. */
    int forgetExpired() {
        return answers.forgetExpired();
    }
}
