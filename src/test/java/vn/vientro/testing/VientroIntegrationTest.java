package vn.vientro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one integration-test set-up: the whole application on a random port, on its own embedded PostgreSQL in a fresh
 * data folder, with the reference data the migrations load and nothing else: each test makes the agencies, users and
 * records it needs with the owners' builders ({@code Staff}, {@code Ngos}, {@code AidTeam} ...). All test classes
 * share this one context; only the demo's own tests start the demo ({@link DemoIntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vientro.data-dir=${vientro.test.data-root:target/it-data}/${random.uuid}")
@ActiveProfiles("test")
@ExtendWith(ApplicationUnderTest.class)
public @interface VientroIntegrationTest {
}
