package vn.vientro.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes (bench/restart.sh): with {@code -Dvientro.startup.steps=N} the application records
 * Spring's start-up steps and, once ready, logs the N steps that took longest by themselves (their time without the
 * steps inside them, e.g. a bean's own construction without its dependencies'). Off by default: nothing is recorded.
 */
public final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
    private final int top;

    private StartupSteps(int top) {
        this.top = top;
    }

    /** Records the steps of this application's start when the system property asks for it. */
    public static void recordIfAsked(SpringApplication application) {
        int top = Integer.getInteger("vientro.startup.steps", 0);
        if (top > 0) {
            StartupSteps steps = new StartupSteps(top);
            application.setApplicationStartup(steps.startup);
            application.addListeners(steps);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childMillis = new HashMap<>();
        for (StartupTimeline.TimelineEvent step : events) {
            Long parent = step.getStartupStep().getParentId();
            if (parent != null) {
                childMillis.merge(parent, step.getDuration().toMillis(), Long::sum);
            }
        }
        List<StartupTimeline.TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> Long.compare(self(b, childMillis), self(a, childMillis)));
        StringBuilder report = new StringBuilder("Start-up steps, longest by themselves (ms self / total):");
        for (StartupTimeline.TimelineEvent step : sorted.subList(0, Math.min(top, sorted.size()))) {
            report.append(String.format("%n  %6d %6d  %s %s", self(step, childMillis), step.getDuration().toMillis(),
                    step.getStartupStep().getName(), tags(step.getStartupStep())));
        }
        log.info("{}", report);
    }

    private static long self(StartupTimeline.TimelineEvent step, Map<Long, Long> childMillis) {
        return step.getDuration().toMillis() - childMillis.getOrDefault(step.getStartupStep().getId(), 0L);
    }

    private static String tags(StartupStep step) {
        StringBuilder tags = new StringBuilder();
        step.getTags().forEach(tag -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
        return tags.toString().trim();
    }
}
