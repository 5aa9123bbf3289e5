package vn.vientro.monitoring.inspection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fixed texts of the proposal to the Ministry of Foreign Affairs: the dateline's place, the issuing body (and its
 * parent, if any), the number's symbol, the issuer as the letter's body names it, the signer's title lines and the
 * recipients besides the Ministry; the province's own, changed in configuration.
 */
@ConfigurationProperties("vientro.monitoring.inspections.proposal-letter")
public record ProposalLetterRules(String place, String issuerParent, String issuer, String symbol, String issuerName,
                                  List<String> signer, List<String> recipients) {
}
