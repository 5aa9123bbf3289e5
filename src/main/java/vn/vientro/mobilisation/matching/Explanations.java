package vn.vientro.mobilisation.matching;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;

/**
 * Puts a score's parts in words in both languages ("đã tài trợ 3 dự án Y tế cơ sở tại tỉnh"), naming the fields,
 * DAC categories and communes in each. One instance per request ({@link #forRequest}) keeps the names it looked up.
 */
@Component
class Explanations {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;
    // a paper's end as its month: the focal point plans renewals by month
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;

    Explanations(MessageSource messages, PriorityFields fields, Codelists codelists, AdminUnits units) {
        this.messages = messages;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
    }

    Writer forRequest() {
        return new Writer();
    }

    /** Writes parts in words, looking each code's names up once. */
    final class Writer {

        private final Map<String, Names> fieldNames = new HashMap<>();
        private final Map<String, Names> categoryNames = new HashMap<>();
        private final Map<String, Names> communeNames = new HashMap<>();

        List<ExplanationPart> words(List<MatchPart> parts) {
            return parts.stream().map(part -> new ExplanationPart(part.reason(), part.points(), text(part, VI),
                    text(part, EN))).toList();
        }

        private String text(MatchPart part, Locale locale) {
            String key = "mobilisation.matching.reason." + part.reason().name();
            Object[] arguments = switch (part.reason()) {
                case PRIORITY_FIELD -> new Object[] {names(part.codes(), fieldNames, this::field, locale)};
                case SECTORS -> new Object[] {names(part.codes(), categoryNames, this::category, locale)};
                case COMMUNES -> new Object[] {names(part.codes(), communeNames, this::commune, locale)};
                case PAST_AID -> new Object[] {part.count(), names(part.codes(), categoryNames, this::category,
                        locale)};
                case PAST_AID_IN_COMMUNES -> new Object[] {part.count(), names(part.codes(), communeNames,
                        this::commune, locale)};
                case PAPER_VALID -> new Object[] {part.until() == null ? "" : MONTH.format(part.until())};
                case NO_VALID_PAPER, UNDER_INSPECTION -> new Object[0];
            };
            return messages.getMessage(key, arguments, locale);
        }

        private String names(List<String> codes, Map<String, Names> known, Function<String, Names> lookUp,
                             Locale locale) {
            return String.join(", ", codes.stream().map(code -> known.computeIfAbsent(code, lookUp))
                    .map(names -> names.in(locale)).toList());
        }

        private Names field(String code) {
            return fields.byCode(code).map((PriorityField field) -> new Names(field.name(VI), field.name(EN)))
                    .orElse(new Names(code, code));
        }

        private Names category(String code) {
            return codelists.find(Codelists.SECTOR_CATEGORY, code)
                    .map((CodelistItem item) -> new Names(item.name(VI), item.name(EN))).orElse(new Names(code, code));
        }

        private Names commune(String code) {
            return units.find(UnitSet.CURRENT, code)
                    .map((AdminUnit unit) -> new Names(unit.fullName(VI), unit.fullName(EN)))
                    .orElse(new Names(code, code));
        }
    }

    /** A code's name in each language. */
    private record Names(String vi, String en) {

        String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : vi;
        }
    }
}
