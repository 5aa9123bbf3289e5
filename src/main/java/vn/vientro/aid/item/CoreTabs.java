package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidRules;
import vn.vientro.audit.AuditEvent;
import vn.vientro.audit.AuditTrail;

/** The item page's own tabs: summary, parties, sectors and places, and the history of changes (leaders, admins). */
@Configuration(proxyBeanMethods = false)
class CoreTabs {

    @Bean
    AidItemTab summaryTab(AidRules rules, vn.vientro.reference.PriorityFields priorityFields) {
        return new SimpleTab("summary", 10, "aid/item/summary-tab :: tab") {
            @Override
            public void fill(Model model, AidItemView item) {
                model.addAttribute("priorityField", item.item().priorityField() == null ? null
                        : priorityFields.byCode(item.item().priorityField()).orElse(null));
                model.addAttribute("approver", rules.authorityFor(item.item().kind(), item.item().priorityField(),
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

    /** Only audit readers see the raw history of changes; everyone with access sees the timeline of moves. */
    @Bean
    AidItemTab historyTab(AuditTrail audit, AidPolicy policy) {
        return new SimpleTab("history", 95, "aid/item/history-tab :: tab") {
            @Override
            public boolean visibleFor(AidItemView item) {
                return policy.readsChangeHistory();
            }

            @Override
            public void fill(Model model, AidItemView item) {
                List<AuditEvent> history = new ArrayList<>(audit.historyOf("aid.aid_item",
                        List.of(Long.toString(item.id())), 200));
                history.sort(Comparator.comparing(AuditEvent::id).reversed());
                model.addAttribute("history", history);
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
