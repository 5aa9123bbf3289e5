package vn.vientro.aid.amendment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.vientro.aid.item.DescriptionGroup;

/**
 * What a change request may not change at all, beside the rule of {@code AidRules.amendment()} (which changes need the
 * original approver). Another donor, kind of aid or managing agency makes another aid item, with its own dossier.
 *
 * @param fixedFields parts of the description an amendment cannot change
 * @param fixedSource where that limit comes from
 */
@ConfigurationProperties("vientro.aid.amendment")
public record AmendmentLimits(@DefaultValue({"KIND", "DONOR", "GOVERNING_AGENCY"}) List<DescriptionGroup> fixedFields,
                              @DefaultValue("-") String fixedSource) {

    public AmendmentLimits {
        fixedFields = List.copyOf(fixedFields);
    }
}
