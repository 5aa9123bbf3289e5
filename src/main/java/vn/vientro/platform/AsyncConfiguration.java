package vn.vientro.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of application events ({@code @ApplicationModuleListener}) run after the writing transaction commits, on
 * the application's task executor, as the actor {@code system:events}: the audit trail then names the process that
 * indexed or notified, and the event publication registry keeps what a crash interrupted, to run it again on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

    static final String EVENTS_ACTOR = "system:events";

    @Bean
    TaskDecorator eventActor() {
        return task -> () -> Actor.runAs(EVENTS_ACTOR, task);
    }
}
