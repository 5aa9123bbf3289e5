package vn.vientro.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is the legal day in Vietnam, whatever the server's zone; tests replace this clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(VientroProperties properties) {
        return Clock.system(ZoneId.of(properties.timeZone()));
    }
}
