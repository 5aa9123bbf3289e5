package vn.vientro.aid.lifecycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import vn.vientro.aid.item.AidItemHeader;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;

/**
 * The lifecycle's part of the item page: the moves on offer in the head; in a tab the decisions, and the timeline of
 * moves and of corrections made to the dossier during appraisal.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleWeb {

    @Bean
    AidItemHeader lifecycleActions(Lifecycle lifecycle) {
        return (model, item) -> model.addAttribute("actions", lifecycle.available(item.id()));
    }

    @Bean
    AidItemTab timelineTab(Lifecycle lifecycle, AidPortfolio portfolio) {
        return new AidItemTab() {
            @Override
            public String key() {
                return "timeline";
            }

            @Override
            public String labelKey() {
                return "aid.tab.timeline";
            }

            @Override
            public int order() {
                return 90;
            }

            @Override
            public String fragment() {
                return "aid/lifecycle/tab :: tab";
            }

            @Override
            public void fill(Model model, AidItemView item) {
                model.addAttribute("timeline", TimelineLine.of(lifecycle.timeline(item.id()),
                        portfolio.corrections(item.id())));
                model.addAttribute("decisions", lifecycle.decisions(item.id()));
            }
        };
    }
}
