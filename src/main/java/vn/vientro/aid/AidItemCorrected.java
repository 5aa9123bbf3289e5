package vn.vientro.aid;

import java.util.List;

/**
 * A submitted dossier was corrected during appraisal by the focal point or the appraisal lead.
 *
 * @param changedFields the message keys of the labels of the fields and lists that changed, in the form's order
 * @param reason        the corrector's written reason, as they wrote it
 */
public record AidItemCorrected(long itemId, String code, AidStatus status, List<String> changedFields, String reason,
                               String actor) {

    public AidItemCorrected {
        changedFields = List.copyOf(changedFields);
    }
}
