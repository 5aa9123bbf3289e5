package vn.vientro.aid.amendment;

import jakarta.validation.constraints.Size;
import vn.vientro.aid.item.AidItemForm;
import vn.vientro.aid.item.AidItemView;

/** The item form, prefilled with the current description, and the reason for the change. */
public class AmendmentForm extends AidItemForm {

    @Size(max = 4000, message = "{validation.tooLong}")
    private String reason = "";

    static AmendmentForm prefilled(AidItemView item) {
        AmendmentForm form = new AmendmentForm();
        form.fill(item);
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
