package vn.vientro.portal.catalogue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.mobilisation.PublishedNeedPage;
import vn.vientro.mobilisation.PublishedNeeds;
import vn.vientro.mobilisation.PublishedPeriod;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.Money;

/**
 * The catalogue's read models as the portal shows them, in one language, with codes named and addresses built;
 * each read once until a publication changes ({@link Publications#cached}).
 */
@Component
public class CatalogueViews {

    private static final int SUMMARY_LENGTH = 220;

    private final PublishedNeeds needs;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;
    private final Publications publications;

    CatalogueViews(PublishedNeeds needs, PriorityFields fields, Codelists codelists, AdminUnits units,
                   Publications publications) {
        this.needs = needs;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
        this.publications = publications;
    }

    public Headline headline() {
        return publications.cached("headline", () -> {
            List<PublishedNeed> all = all();
            return new Headline(all.size(), Money.of(all.stream().map(PublishedNeed::estimatedCost)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), "VND"));
        });
    }

    /** The latest published needs, for the home page. */
    public List<NeedCard> latest(PortalLanguage language, int count) {
        return publications.cached(List.of("latest", language, count), () -> needs.list(
                        new vn.vientro.mobilisation.PublishedNeedFilter(null, null, null, null, null, null, 0, count))
                .needs().stream().map(need -> card(need, language)).toList());
    }

    CataloguePage page(PortalLanguage language, CatalogueFilter filter) {
        return publications.cached(List.of("page", language, filter), () -> {
            PublishedNeedPage page = needs.list(filter.published());
            return new CataloguePage(page.needs().stream().map(need -> card(need, language)).toList(), page.total(),
                    page.page(), page.pageCount());
        });
    }

    Optional<NeedDetail> need(PortalLanguage language, long id) {
        return publications.cached(List.of("need", language, id), () -> needs.find(id).map(need -> detail(need,
                language)));
    }

    /** The filter's choices: every priority field, and the sectors, communes and periods published needs have. */
    FilterChoices choices(PortalLanguage language) {
        return publications.cached(List.of("choices", language), () -> {
            Locale locale = language.locale();
            List<PublishedNeed> all = all();
            List<Choice> fieldChoices = fields.all().stream()
                    .map(field -> new Choice(field.code(), field.name(locale))).toList();
            List<Choice> sectors = codes(all.stream().flatMap(need -> need.sectors().stream()).toList()).stream()
                    .map(code -> new Choice(code, code + " · " + sectorName(code, locale)))
                    .toList();
            List<Choice> communes = codes(all.stream().flatMap(need -> need.communes().stream()).toList()).stream()
                    .map(code -> new Choice(code, communeName(code, locale)))
                    .sorted(Comparator.comparing(Choice::label)).toList();
            List<Choice> periods = needs.periods().stream()
                    .map(period -> new Choice(Long.toString(period.id()), period(period))).toList();
            return new FilterChoices(fieldChoices, sectors, communes, periods);
        });
    }

    /** Every published need, for the site map and the home page's figures. */
    public List<PublishedNeed> all() {
        return publications.cached("all", needs::all);
    }

    private NeedCard card(PublishedNeed need, PortalLanguage language) {
        Locale locale = language.locale();
        String title = need.title(locale);
        return new NeedCard(need.id(), title, shortened(need.summary(locale)), fieldName(need.priorityField(), locale),
                period(need.period()), Money.of(need.estimatedCost(), "VND"), language.need(need.id(), title),
                need.photoIds().isEmpty() ? null : photo(need.id(), need.photoIds().get(0)));
    }

    private NeedDetail detail(PublishedNeed need, PortalLanguage language) {
        Locale locale = language.locale();
        String title = need.title(locale);
        return new NeedDetail(need.id(), title, need.summary(locale), need.objectives(locale),
                fieldName(need.priorityField(), locale),
                need.sectors().stream().map(code -> code + " · " + sectorName(code, locale)).toList(),
                need.communes().stream().map(code -> communeName(code, locale)).toList(), need.reach(),
                Money.of(need.estimatedCost(), "VND"),
                need.foreignAmount() == null || need.foreignCurrency() == null ? null
                        : Money.of(need.foreignAmount(), need.foreignCurrency()),
                Money.of(need.counterpart(), "VND"), need.durationMonths(), period(need.period()), need.contactName(),
                need.contactPhone(), need.contactEmail(),
                need.photoIds().stream().map(photo -> photo(need.id(), photo)).toList(),
                language.need(need.id(), title), PortalLanguage.VI.need(need.id(), need.titleVi()),
                PortalLanguage.EN.need(need.id(), need.title(Locale.ENGLISH)), language.interest(need.id(), title),
                language.thanks(need.id(), title), need.titleVi());
    }

    static String photo(long needId, long attachmentId) {
        return "/danh-muc-du-an/" + needId + "/anh/" + attachmentId;
    }

    private String fieldName(String code, Locale locale) {
        return fields.byCode(code).map((PriorityField field) -> field.name(locale)).orElse(code);
    }

    private String sectorName(String code, Locale locale) {
        return codelists.sector(code).map(sector -> sector.name(locale)).orElse("");
    }

    private String communeName(String code, Locale locale) {
        return units.find(UnitSet.CURRENT, code).map(unit -> unit.fullName(locale)).orElse(code);
    }

    private static List<String> codes(List<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }

    private static String period(PublishedPeriod period) {
        return period.firstYear() + "\u2013" + period.lastYear();
    }

    private static String shortened(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        String cut = text.substring(0, SUMMARY_LENGTH);
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_LENGTH / 2 ? cut.substring(0, space) : cut) + "\u2026";
    }
}
