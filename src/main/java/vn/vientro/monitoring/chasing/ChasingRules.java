package vn.vientro.monitoring.chasing;

import java.util.List;
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
                           String source, Letter letter) {

    /**
     * The reminder letter's fixed texts: the dateline's place, the issuing body under its parent, the number's symbol,
     * the issuer as the body of the letter names it, the signer's title lines and the recipients besides the owner.
     */
    public record Letter(String place, String issuerParent, String issuer, String symbol, String issuerName,
                         List<String> signer, List<String> recipients) {
    }

    public ChasingRules {
        if (governingLeaderAfterDays < 1 || provincialLeaderAfterDays <= governingLeaderAfterDays) {
            throw new IllegalArgumentException("escalation thresholds must grow: " + governingLeaderAfterDays + ", "
                    + provincialLeaderAfterDays);
        }
    }
}
