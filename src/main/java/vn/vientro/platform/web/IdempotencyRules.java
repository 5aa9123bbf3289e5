package vn.vientro.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The figures of the API's {@code Idempotency-Key} ({@link IdempotencyKeyFilter} explains the design).
 *
 * @param keepFor how long a first answer is kept for the retries of its request
 * @param maxWait how long a retry waits for a request with the same key that still runs before it answers 409
 */
@ConfigurationProperties("vientro.api.idempotency")
record IdempotencyRules(@DefaultValue("24h") Duration keepFor, @DefaultValue("10s") Duration maxWait) {
}
