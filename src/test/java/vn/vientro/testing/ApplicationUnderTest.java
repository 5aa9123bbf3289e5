package vn.vientro.testing;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The running application of the test class under way, for the test-data builders that tests call without injection
 * ({@code Staff.focalPoint()}, {@code Ngos.anNgo().register()}): each integration-test class sets it before its tests.
 * Test classes run one after the other, so one current application at a time is enough.
 */
public final class ApplicationUnderTest implements BeforeAllCallback {

    private static volatile ApplicationContext current;

    @Override
    public void beforeAll(ExtensionContext context) {
        current = SpringExtension.getApplicationContext(context);
        TestDataFolders.track(current);
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** Runs builders against another application than the test class's, such as a second node a test started. */
    public static <T> T on(ApplicationContext other, Supplier<T> work) {
        ApplicationContext previous = current;
        current = other;
        try {
            return work.get();
        } finally {
            current = previous;
        }
    }

    private static ApplicationContext context() {
        return Objects.requireNonNull(current, "no application under test: annotate the class @VientroIntegrationTest");
    }
}
