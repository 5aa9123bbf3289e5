package vn.vientro.portal.catalogue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal's public form keeps spam out without an outside service.
 *
 * @param interestsPerHour how many interests one client address may send in an hour
 * @param minimumFillTime  a form sent sooner after its page was served was filled by a program, not a person
 * @param maximumFormAge   a form older than this is refused as stale (its page is served again with a fresh stamp)
 * @param formKey          the key signing the forms' time stamps; empty draws a random one at start-up, so give
 *                         every node of a cluster the same key, or forms served by one are refused by another
 */
@ConfigurationProperties("vientro.portal")
record PortalRules(@DefaultValue("5") int interestsPerHour, @DefaultValue("3s") Duration minimumFillTime,
                   @DefaultValue("3d") Duration maximumFormAge, @DefaultValue("") String formKey) {
}
