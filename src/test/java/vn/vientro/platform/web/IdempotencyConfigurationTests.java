package vn.vientro.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures shipped in {@code application.yml}: the integration tests run with a shorter wait (application-test.yml),
 * so that a retry meeting a running request does not hold the suite up for the production's ten seconds.
 */
class IdempotencyConfigurationTests {

    @Test
    void aRetryWaitsTenSecondsForARunningRequestAndAnAnswerIsKeptADay() {
        IdempotencyRules shipped = bind("application.yml");
        assertThat(shipped.maxWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(shipped.keepFor()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theTestsWaitLessButStillLongEnoughForAConcurrentRetry() {
        assertThat(bind("application-test.yml").maxWait()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    private static IdempotencyRules bind(String file) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("vientro.api.idempotency", IdempotencyRules.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
