package vn.vientro.aid.results;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;

/** The item page's results tab: the framework, how far each indicator has come, and the links to shape or report it. */
@Component
class ResultsTab implements AidItemTab {

    private final ResultsPageModel pageModel;

    ResultsTab(ResultsPageModel pageModel) {
        this.pageModel = pageModel;
    }

    @Override
    public String key() {
        return "results";
    }

    @Override
    public String labelKey() {
        return "aid.results.tab";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String fragment() {
        return "aid/results/tab :: tab";
    }

    @Override
    public void fill(Model model, AidItemView item) {
        pageModel.tab(model, item);
    }
}
