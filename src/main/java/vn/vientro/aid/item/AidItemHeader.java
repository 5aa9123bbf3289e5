package vn.vientro.aid.item;

import org.springframework.ui.Model;

/** Adds to the head of the aid item page what another part of the module owns, such as the moves on offer. */
public interface AidItemHeader {

    void decorate(Model model, AidItemView item);
}
