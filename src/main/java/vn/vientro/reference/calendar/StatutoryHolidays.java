package vn.vientro.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory paid days off of a Gregorian year in Vietnam, as computed from the law, before any
 * year-specific decision by the Prime Minister moves them.
 *
 * <p>Source: Labour Code 2019 (Bộ luật Lao động No. 45/2019/QH14), Art. 112 cl. 1 for the holidays
 * and Art. 111 cl. 3 for compensatory days off.
 */
public final class StatutoryHolidays {

    /**
     * The weekly rest days assumed for compensation. Labour Code 2019 Art. 111 cl. 2 lets each
     * employer choose its weekly rest day; Saturday and Sunday are the five-day week of state agencies,
     * which most employers follow and which the Prime Minister's yearly holiday notices are written for.
     */
    private static final Set<DayOfWeek> WEEKLY_REST_DAYS = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static final String COMPENSATORY_KEY_SUFFIX = "_COMPENSATORY";

    private StatutoryHolidays() {
    }

    /**
     * Every statutory day off of {@code year}, sorted by date, one entry per date.
     *
     * @param year              Gregorian year, 1900–2100 (the range of {@link VietnameseLunarCalendar})
     * @param includeCultureDay whether 24 November (Ngày Văn hóa Việt Nam) counts as a day off
     */
    public static List<Holiday> computed(int year, boolean includeCultureDay) {
        if (year < VietnameseLunarCalendar.MIN_YEAR || year > VietnameseLunarCalendar.MAX_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside the supported range "
                    + VietnameseLunarCalendar.MIN_YEAR + "–" + VietnameseLunarCalendar.MAX_YEAR);
        }
        Map<LocalDate, Holiday> daysOff = new TreeMap<>();
        List<Holiday> needCompensation = new ArrayList<>();
        for (Holiday holiday : statutoryDays(year, includeCultureDay)) {
            Holiday alreadyThere = daysOff.putIfAbsent(holiday.date(), holiday);
            if (alreadyThere != null) {
                // Two rules on one date (e.g. Hùng Kings' day on 30 April): Art. 112 cl. 1 grants each
                // holiday its own number of days, so the one that lost its date is made good like a
                // holiday lost to a weekly rest day.
                needCompensation.add(holiday);
            } else if (WEEKLY_REST_DAYS.contains(holiday.date().getDayOfWeek())) {
                needCompensation.add(holiday);
            }
        }
        // Earlier holidays take the earlier free working days, so a Saturday+Sunday pair inside Tết
        // becomes the first and second working days after Tết.
        needCompensation.sort(Comparator.comparing(Holiday::date));
        for (Holiday holiday : needCompensation) {
            LocalDate compensatoryDate = nextWorkingDayAfter(holiday.date(), daysOff);
            daysOff.put(compensatoryDate, compensatoryFor(holiday, compensatoryDate));
        }
        return List.copyOf(daysOff.values());
    }

    /** Labour Code 2019 Art. 112 cl. 1, in the order of its points, plus the optional culture day. */
    private static List<Holiday> statutoryDays(int year, boolean includeCultureDay) {
        List<Holiday> days = new ArrayList<>();
        // Point a: Tết Dương lịch, 1 day, 1 January.
        days.add(new Holiday(LocalDate.of(year, 1, 1), "NEW_YEAR", "Tết Dương lịch", "New Year's Day", false));

        // Point b: Tết Âm lịch, 5 days. Art. 112 cl. 3 leaves the exact days to the Prime Minister each
        // year; the pattern used here is the lunar New Year's Eve plus days 1–4 of the lunar year
        // that begins in this Gregorian year. The eve is taken as the day before Tết so that year 1900
        // does not need lunar year 1899.
        LocalDate tetDay1 = VietnameseLunarCalendar.tetDay1(year);
        for (LocalDate day = tetDay1.minusDays(1); day.isBefore(tetDay1.plusDays(4)); day = day.plusDays(1)) {
            days.add(new Holiday(day, "TET", "Tết Nguyên đán", "Lunar New Year", false));
        }

        // Point c: Ngày Chiến thắng, 1 day, 30 April.
        days.add(new Holiday(LocalDate.of(year, 4, 30), "REUNIFICATION", "Ngày Chiến thắng (30/4)",
                "Reunification Day", false));

        // Point d: Ngày Quốc tế lao động, 1 day, 1 May.
        days.add(new Holiday(LocalDate.of(year, 5, 1), "LABOUR", "Ngày Quốc tế Lao động",
                "International Labour Day", false));

        // Point đ: Quốc khánh, 2 days: 2 September "and one adjacent day before or after". Art. 112 cl. 3
        // lets the Prime Minister pick 1 or 3 September each year; 1 September is the default here, and a
        // caller that follows a year's actual decision adjusts it.
        days.add(new Holiday(LocalDate.of(year, 9, 1), "NATIONAL_DAY", "Quốc khánh", "National Day", false));
        days.add(new Holiday(LocalDate.of(year, 9, 2), "NATIONAL_DAY", "Quốc khánh", "National Day", false));

        // Point e: Giỗ Tổ Hùng Vương, 1 day, 10th day of the 3rd lunar month.
        days.add(new Holiday(VietnameseLunarCalendar.toSolar(year, 3, 10, false), "HUNG_KINGS",
                "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", false));

        if (includeCultureDay) {
            // 24 November was designated Ngày Văn hóa Việt Nam; whether it is a paid day off depends on the
            // law in force for the caller's use, so the caller switches it on.
            days.add(new Holiday(LocalDate.of(year, 11, 24), "CULTURE_DAY", "Ngày Văn hóa Việt Nam",
                    "Vietnamese Culture Day", false));
        }
        return days;
    }

    /**
     * Labour Code 2019 Art. 111 cl. 3: a weekly rest day that coincides with a holiday of Art. 112
     * cl. 1 is made up "on the next working day", i.e. the next day that is neither a weekly rest day
     * nor already a day off (a holiday or an earlier compensatory day).
     */
    private static LocalDate nextWorkingDayAfter(LocalDate date, Map<LocalDate, Holiday> daysOff) {
        LocalDate candidate = date.plusDays(1);
        while (WEEKLY_REST_DAYS.contains(candidate.getDayOfWeek()) || daysOff.containsKey(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static Holiday compensatoryFor(Holiday holiday, LocalDate compensatoryDate) {
        return new Holiday(compensatoryDate, holiday.key() + COMPENSATORY_KEY_SUFFIX,
                "Nghỉ bù " + holiday.nameVi(), "Compensatory day off (" + holiday.nameEn() + ")", true);
    }
}
