package vn.vientro.aid.item;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidRules;

/** The item page's own tabs: summary, parties, sectors and places, and the history of changes (leaders, admins). */
@Configuration(proxyBeanMethods = false)
class CoreTabs {

    /** The description's fields section by section (the parties have their tab), with who approves the item. */
    @Bean
    AidItemTab summaryTab(AidRules rules, FieldDisplay display) {
        return new SimpleTab("summary", 10, "aid/item/summary-tab :: tab") {
            @Override
            public void fill(Model model, AidItemView item) {
                model.addAttribute("sections", display.sections(item.item().fields(), List.of(
                        ItemDescription.Section.GENERAL, ItemDescription.Section.TIME_AND_MONEY,
                        ItemDescription.Section.FINANCE, ItemDescription.Section.BENEFICIARIES),
                        LocaleContextHolder.getLocale()));
                model.addAttribute("approver", rules.authorityFor(item.item().kind(), item.item().fields().priorityField(),
                        item.sectors().stream().map(AidItemView.Sector::code).collect(java.util.stream.Collectors.toSet()),
                        item.item().totalUsd()));
            }
        };
    }

    @Bean
    AidItemTab partiesTab() {
        return new SimpleTab("parties", 20, "aid/item/parties-tab :: tab");
    }

    @Bean
    AidItemTab placesTab() {
        return new SimpleTab("places", 40, "aid/item/places-tab :: tab");
    }

    /** Only audit readers see the history of changes; everyone with access sees the timeline of moves. */
    @Bean
    AidItemTab historyTab(ChangeHistory history, AidPolicy policy) {
        return new SimpleTab("history", 95, "aid/item/history-tab :: tab") {
            @Override
            public boolean visibleFor(AidItemView item) {
                return policy.readsChangeHistory();
            }

            @Override
            public void fill(Model model, AidItemView item) {
                model.addAttribute("history", history.of(item.id(), 200, LocaleContextHolder.getLocale()));
            }
        };
    }

    /** A tab that shows the item itself and needs nothing more. */
    static class SimpleTab implements AidItemTab {
        private final String key;
        private final int order;
        private final String fragment;

        SimpleTab(String key, int order, String fragment) {
            this.key = key;
            this.order = order;
            this.fragment = fragment;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String labelKey() {
            return "aid.tab." + key;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public String fragment() {
            return fragment;
        }

        @Override
        public void fill(Model model, AidItemView item) {
        }
    }
}
