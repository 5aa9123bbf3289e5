package vn.vientro.aid.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/** Fills the money tab and the transaction page: totals, chart, transactions, and the form with what it may offer. */
@Component
class MoneyPageModel {

    private final MoneyQueries queries;
    private final MoneyFlows flows;
    private final AidPolicy policy;
    private final Clock clock;

    MoneyPageModel(MoneyQueries queries, MoneyFlows flows, AidPolicy policy, Clock clock) {
        this.queries = queries;
        this.flows = flows;
        this.policy = policy;
        this.clock = clock;
    }

    void tab(Model model, AidItemView item) {
        long id = item.id();
        MoneyTotals totals = queries.totals(id);
        model.addAttribute("moneyTotals", totals);
        model.addAttribute("moneyCards", MoneyCard.aidCards(totals));
        model.addAttribute("moneyTransactions", queries.transactions(id));
        model.addAttribute("moneySeries", queries.cumulative(id));
        Set<MoneyKind> kinds = formChoices(model, item.item());
        if (!model.containsAttribute("moneyForm")) {
            model.addAttribute("moneyForm", MoneyForm.blank(kinds.isEmpty() ? null : kinds.iterator().next(),
                    LocalDate.now(clock), item.item().totalCurrency()));
        }
    }

    /** The standalone page of one transaction's form: a new one whose input had errors, or a correction. */
    String page(Model model, AidItemView item, MoneyForm form, @Nullable MoneyTransaction transaction) {
        formChoices(model, item.item());
        model.addAttribute("item", item);
        BoundForms.show(model, "moneyForm", form);
        model.addAttribute("transaction", transaction);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"),
                new Breadcrumb("aid.item.named", "/app/aid/items/" + item.id() + "?tab=money", item.item().code()),
                Breadcrumb.here(transaction == null ? "aid.money.new" : "aid.money.edit.title")));
        return "aid/money/transaction-page";
    }

    private Set<MoneyKind> formChoices(Model model, AidItemRecord item) {
        Set<MoneyKind> kinds = flows.recordableKinds(item);
        model.addAttribute("moneyKinds", kinds);
        model.addAttribute("moneyMayRecord", policy.mayRecordMoney(item));
        model.addAttribute("moneyReceives", item.status().receivesMoney());
        model.addAttribute("fundings", Funding.values());
        return kinds;
    }
}
