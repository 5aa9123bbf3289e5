package vn.vientro.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection.
 *
 * @param maxFailedLogins failed attempts in a row before the account is locked
 * @param lockout         how long a lock lasts
 */
@ConfigurationProperties("vientro.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
