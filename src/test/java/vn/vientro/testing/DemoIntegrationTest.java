package vn.vientro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's own tests: the application started with the {@code demo} profile, as the README tells a visitor to run
 * it, on a database of its own. The one context besides {@link VientroIntegrationTest}'s; no other test may use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vientro.data-dir=${vientro.test.data-root:target/it-data}/${random.uuid}")
@ActiveProfiles({"test", "demo"})
@ExtendWith(ApplicationUnderTest.class)
public @interface DemoIntegrationTest {
}
