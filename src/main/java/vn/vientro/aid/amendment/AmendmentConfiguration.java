package vn.vientro.aid.amendment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.platform.JsonColumn;

/** The amendment rule from configuration (checked at start: an unknown field name stops the application), and the tab. */
@Configuration(proxyBeanMethods = false)
class AmendmentConfiguration {

    /**
     * A change request keeps its proposed description as JSON, in the item API's shape, and so does a correction
     * during appraisal the descriptions before and after it ({@code aid.item.Correction}).
     */
    @Bean
    JsonColumn<AidItemDetails> proposedDescriptionColumn() {
        return new JsonColumn<>(AidItemDetails.class);
    }

    @Bean
    ChangeClassifier changeClassifier(AidRules rules) {
        return ChangeClassifier.of(rules.amendment().substantiveFields(), rules.amendment().valueChangePercent());
    }

    /** The item page's tab with the change requests, their status and the versions of the description. */
    @Bean
    AidItemTab amendmentsTab(Amendments amendments, ItemHistory history, AidRules rules) {
        return new AidItemTab() {
            @Override
            public String key() {
                return "amendments";
            }

            @Override
            public String labelKey() {
                return "aid.amendment.tab";
            }

            @Override
            public int order() {
                return 75;
            }

            @Override
            public boolean visibleFor(AidItemView item) {
                return item.item().status().wasApproved();
            }

            @Override
            public String fragment() {
                return "aid/amendment/tab :: tab";
            }

            @Override
            public void fill(Model model, AidItemView item) {
                model.addAttribute("amendments", amendments.list(item.id()));
                model.addAttribute("versions", history.versions(item.id()));
                model.addAttribute("mayPropose", amendments.mayPropose(item.id()));
                model.addAttribute("amendmentRule", rules.amendment());
            }
        };
    }
}
