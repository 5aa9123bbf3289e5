package vn.vientro.monitoring.chasing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an unsubmitted report is escalated, counted in calendar days past its due date as the list counts them, with
 * the source of the figures; changed in configuration without code.
 *
 * @param governingLeaderAfterDays  escalated to the governing agency's leaders this many days past due
 * @param provincialLeaderAfterDays escalated to the provincial leaders this many days past due
 */
@ConfigurationProperties("vientro.monitoring.chasing")
public record ChasingRules(@DefaultValue("30") int governingLeaderAfterDays,
                           @DefaultValue("60") int provincialLeaderAfterDays,
                           @DefaultValue("Issue 16: default thresholds, to be set by the provincial regulation")
                           String source) {

    public ChasingRules {
        if (governingLeaderAfterDays < 1 || provincialLeaderAfterDays <= governingLeaderAfterDays) {
            throw new IllegalArgumentException("escalation thresholds must grow: " + governingLeaderAfterDays + ", "
                    + provincialLeaderAfterDays);
        }
    }
}
