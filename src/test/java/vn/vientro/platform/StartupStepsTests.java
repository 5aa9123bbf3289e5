package vn.vientro.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up steps are recorded only when asked, and reported by their own time, longest first. */
@ExtendWith(OutputCaptureExtension.class)
class StartupStepsTests {

    @Test
    void recordsNothingUnlessAsked() {
        SpringApplication application = new SpringApplication(StartupStepsTests.class);
        StartupSteps.recordIfAsked(application);

        assertThat(application.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
        assertThat(application.getListeners()).noneMatch(StartupSteps.class::isInstance);
    }

    @Test
    @SuppressWarnings("unchecked")
    void logsTheLongestStepsByTheirOwnTime(CapturedOutput output) throws InterruptedException {
        SpringApplication application = new SpringApplication(StartupStepsTests.class);
        System.setProperty("vientro.startup.steps", "2");
        try {
            StartupSteps.recordIfAsked(application);
        } finally {
            System.clearProperty("vientro.startup.steps");
        }
        ApplicationStartup startup = application.getApplicationStartup();
        StartupStep outer = startup.start("outer").tag("beanName", "slowOuter");
        StartupStep inner = startup.start("inner").tag("beanName", "slowInner");
        Thread.sleep(300);
        inner.end();
        Thread.sleep(50);
        outer.end();
        startup.start("quick").end();

        ApplicationListener<ApplicationReadyEvent> steps = (ApplicationListener<ApplicationReadyEvent>) application
                .getListeners().stream().filter(StartupSteps.class::isInstance).findFirst().orElseThrow();
        steps.onApplicationEvent(null);

        String report = output.getOut().substring(output.getOut().indexOf("Start-up steps"));
        assertThat(report).contains("inner beanName=slowInner", "outer beanName=slowOuter").doesNotContain("quick");
        assertThat(report.indexOf("slowInner")).as("its own 300 ms before the outer step's own 50 ms")
                .isLessThan(report.indexOf("slowOuter"));
    }
}
