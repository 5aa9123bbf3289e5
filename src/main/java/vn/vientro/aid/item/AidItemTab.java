package vn.vientro.aid.item;

import org.springframework.ui.Model;

/**
 * One tab of the aid item page, contributed by the part of the module that owns its data (money, dossier, appraisal
 * ...). The page lists the tabs the user may see in {@link #order} and fills only the one shown.
 */
public interface AidItemTab {

    /** The tab's name in the URL, {@code ?tab=money}. */
    String key();

    String labelKey();

    int order();

    /** Whether the signed-in user may see this tab of this item. */
    default boolean visibleFor(AidItemView item) {
        return true;
    }

    /** The Thymeleaf fragment that draws the tab, e.g. {@code aid/money-tab :: tab}. */
    String fragment();

    /** Adds what the fragment needs. */
    void fill(Model model, AidItemView item);
}
