package vn.vientro.aid.money;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;

/** The item page's money tab: totals, the cumulative chart, the transactions and the form to record one. */
@Component
class MoneyTab implements AidItemTab {

    private final MoneyPageModel pageModel;

    MoneyTab(MoneyPageModel pageModel) {
        this.pageModel = pageModel;
    }

    @Override
    public String key() {
        return "money";
    }

    @Override
    public String labelKey() {
        return "aid.money.tab";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "aid/money/tab :: tab";
    }

    @Override
    public void fill(Model model, AidItemView item) {
        pageModel.tab(model, item);
    }
}
