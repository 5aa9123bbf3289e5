package vn.vientro.aid.amendment;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidItemForm;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.PublicGroup;
import vn.vientro.shared.TextLength;

/**
 * The item form, prefilled with the current description, and the reason for the change. Its inputs are the item
 * form's under the same names, so the page draws them with the item's own fields fragment.
 */
public record AmendmentForm(@Nullable Long version, Map<String, String> fields, @Nullable String sectors,
                            @Nullable String locations, @Nullable String parties, @Nullable String contacts,
                            List<PublicGroup> publicGroups,
                            @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String reason) {

    /** The defaults of the item form's fields and public groups hold here too; its lists are read by it. */
    public AmendmentForm {
        AidItemForm item = new AidItemForm(version, fields, sectors, locations, parties, contacts, publicGroups,
                null);
        fields = item.fields();
        publicGroups = item.publicGroups();
        reason = reason == null ? "" : reason;
    }

    static AmendmentForm prefilled(AidItemView view) {
        AidItemForm item = AidItemForm.of(view);
        return new AmendmentForm(item.version(), item.fields(), item.sectors(), item.locations(), item.parties(),
                item.contacts(), item.publicGroups(), "");
    }

    AidItemDetails toDetails() {
        return new AidItemForm(version, fields, sectors, locations, parties, contacts, publicGroups, null)
                .toDetails();
    }
}
