package vn.vientro.aid.amendment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.DescriptionGroup;
import vn.vientro.aid.item.FieldDisplay;

/** Lays two descriptions side by side, part by part, as people read them in their language. */
@Component
class Comparisons {

    private final FieldDisplay display;

    Comparisons(FieldDisplay display) {
        this.display = display;
    }

    Comparison compare(Comparison.Side beforeSide, AidItemDetails before, Comparison.Side afterSide,
                       AidItemDetails after, Collection<DescriptionGroup> needApproval) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Comparison.Row> rows = new ArrayList<>();
        for (DescriptionGroup group : DescriptionGroup.all()) {
            boolean changed = group.differs(before, after);
            rows.add(new Comparison.Row(group, changed, changed && needApproval.contains(group), group.parts(before),
                    group.parts(after), display.show(group, before, locale), display.show(group, after, locale)));
        }
        return new Comparison(beforeSide, afterSide, rows);
    }
}
