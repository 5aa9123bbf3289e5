package vn.vientro.reference.calendar;

import static vn.vientro.reference.calendar.HolidayRule.Kind.LUNAR;
import static vn.vientro.reference.calendar.HolidayRule.Kind.SOLAR;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rule sets built in code for tests: the Labour Code 2019 as configured in {@code application.yml}, and variants. */
final class HolidayRules {

    static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    static final String COMPENSATION = "Bộ luật Lao động 2019, Điều 111 khoản 3";
    static final StatutoryHolidays.Compensation COMPENSATORY_DAYS = new StatutoryHolidays.Compensation(COMPENSATION,
            "Nghỉ bù %s", "Compensatory day off (%s)");
    private static final String ART_112 = "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ";

    private final List<HolidayRule> rules = new ArrayList<>();

    private HolidayRules() {
    }

    static HolidayRules labourCode2019() {
        HolidayRules rules = new HolidayRules();
        rules.add(new HolidayRule("NEW_YEAR", SOLAR, 1, 1, 1, 0, "Tết Dương lịch", "New Year's Day", ART_112 + "a", true, false));
        rules.add(new HolidayRule("TET", LUNAR, 1, 1, 5, 1, "Tết Nguyên đán", "Lunar New Year", ART_112 + "b", true, false));
        rules.add(new HolidayRule("REUNIFICATION", SOLAR, 4, 30, 1, 0, "Ngày Chiến thắng (30/4)", "Reunification Day",
                ART_112 + "c", true, false));
        rules.add(new HolidayRule("LABOUR", SOLAR, 5, 1, 1, 0, "Ngày Quốc tế Lao động", "International Labour Day",
                ART_112 + "d", true, false));
        rules.add(new HolidayRule("NATIONAL_DAY", SOLAR, 9, 2, 2, 1, "Quốc khánh", "National Day", ART_112 + "đ", true, false));
        rules.add(new HolidayRule("HUNG_KINGS", LUNAR, 3, 10, 1, 0, "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day",
                ART_112 + "e", true, false));
        rules.add(new HolidayRule("CULTURE_DAY", SOLAR, 11, 24, 1, 0, "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day",
                "Nghị quyết 30/NQ-CP", false, true));
        return rules;
    }

    /** The same rules with the National Day's adjacent day after 2 September instead of before. */
    HolidayRules withNationalDayAdjacentAfter() {
        rules.replaceAll(rule -> rule.key().equals("NATIONAL_DAY")
                ? new HolidayRule(rule.key(), rule.kind(), rule.month(), rule.day(), rule.days(), 0, rule.nameVi(),
                        rule.nameEn(), rule.source(), rule.enabled(), rule.switchable())
                : rule);
        return this;
    }

    StatutoryHolidays holidays() {
        return new StatutoryHolidays(rules, SATURDAY_AND_SUNDAY, COMPENSATORY_DAYS);
    }

    private void add(HolidayRule rule) {
        rules.add(rule);
    }
}
