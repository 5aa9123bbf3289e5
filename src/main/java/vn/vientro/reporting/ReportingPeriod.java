package vn.vientro.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.shared.Text;

/**
 * The span of whole months a dashboard, report or pivot covers: a year, a quarter, six months (the province's reviews
 * by quarter, 6 months and year, seed 004 §2.5) or any months from one to another. Written in addresses as
 * {@code 2026}, {@code 2026-Q3}, {@code 2026-H1} or {@code 2026-01_2026-05}, so a link keeps its period.
 */
public record ReportingPeriod(Kind kind, YearMonth from, YearMonth to) {

    public enum Kind {
        YEAR, QUARTER, HALF, MONTHS
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4}-\\d{2})_(\\d{4}-\\d{2})");
    /** No aid is older than the first decree on it; no one plans reports a century ahead. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportingPeriod(Kind.QUARTER, first, first.plusMonths(2));
    }

    public static ReportingPeriod half(int year, int half) {
        YearMonth first = YearMonth.of(year, half * 6 - 5);
        return new ReportingPeriod(Kind.HALF, first, first.plusMonths(5));
    }

    public static ReportingPeriod months(YearMonth from, YearMonth to) {
        return new ReportingPeriod(Kind.MONTHS, from, to);
    }

    /** The year of the day: what a dashboard opens on. */
    public static ReportingPeriod yearOf(LocalDate day) {
        return year(day.getYear());
    }

    /** The period an address names, or nothing when it names none (a typo reads as no period, never an error). */
    public static Optional<ReportingPeriod> parse(String text) {
        String value = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(value)).matches()) {
                return Optional.of(year(within(Integer.parseInt(m.group(1)))));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                return Optional.of(quarter(within(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2))));
            }
            if ((m = HALF.matcher(value)).matches()) {
                return Optional.of(half(within(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTHS.matcher(value)).matches()) {
                YearMonth from = YearMonth.parse(m.group(1));
                YearMonth to = YearMonth.parse(m.group(2));
                within(from.getYear());
                within(to.getYear());
                return to.isBefore(from) ? Optional.empty() : Optional.of(months(from, to));
            }
        } catch (RuntimeException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int within(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range");
        }
        return year;
    }

    /** How the period is written in an address; {@link #parse} reads it back. */
    public String code() {
        return switch (kind) {
            case YEAR -> Integer.toString(from.getYear());
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() + 2) / 3);
            case HALF -> from.getYear() + "-H" + ((from.getMonthValue() + 5) / 6);
            case MONTHS -> from + "_" + to;
        };
    }

    /** The period in words: "Năm 2026", "Quý III năm 2026", "6 tháng đầu năm 2026", "Từ tháng 01/2026 đến tháng 05/2026". */
    public Text label() {
        return switch (kind) {
            case YEAR -> Text.of("reporting.period.year", Integer.toString(from.getYear()));
            case QUARTER -> Text.of("reporting.period.quarter." + ((from.getMonthValue() + 2) / 3),
                    Integer.toString(from.getYear()));
            case HALF -> Text.of("reporting.period.half." + ((from.getMonthValue() + 5) / 6),
                    Integer.toString(from.getYear()));
            case MONTHS -> Text.of("reporting.period.months", monthText(from), monthText(to));
        };
    }

    /** The period of the same kind and length just before this one: what a dashboard compares with. */
    public ReportingPeriod previous() {
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        return new ReportingPeriod(kind, from.minusMonths(months), to.minusMonths(months));
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** All approved aid of the period, before any other filter. */
    public StatisticsFilter statistics() {
        return StatisticsFilter.of(from, to);
    }

    private static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
