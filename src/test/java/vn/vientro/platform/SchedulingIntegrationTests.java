package vn.vientro.platform;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** No job fires on its own under the tests (vientro.scheduling.enabled=false): a test of a job calls it. */
@VientroIntegrationTest
class SchedulingIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noJobIsScheduledWhileTheTestsRun() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .map(ScheduledTaskHolder::getScheduledTasks).flatMap(Collection<ScheduledTask>::stream).toList())
                .isEmpty();
    }
}
