package vn.vientro.reference.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar as the law defines it ({@code vientro.calendar} in {@code application.yml}). Laws change
 * by configuration, not by code: each rule carries its legal source.
 *
 * @param weeklyRestDays     weekly rest days of state agencies
 * @param compensationSource legal source of compensatory days off (a holiday on a weekly rest day)
 * @param compensationNameVi how a compensatory day off is named after its holiday ({@code %s}), in Vietnamese
 * @param compensationNameEn the same in English
 * @param rules              the statutory holidays, in the order of the law; on a clash the earlier rule keeps the date
 * @param overrideRefresh    how long a node trusts its cached copy of the administrators' overrides; another node's
 *                           change is seen after at most this long
 */
@ConfigurationProperties("vientro.calendar")
public record CalendarProperties(@DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weeklyRestDays,
                                 String compensationSource, String compensationNameVi,
                                 String compensationNameEn, List<HolidayRule> rules,
                                 @DefaultValue("60s") Duration overrideRefresh) {

    public CalendarProperties {
        weeklyRestDays = Set.copyOf(weeklyRestDays);
        rules = List.copyOf(rules);
        if (compensationSource == null || compensationSource.isBlank()) {
            throw new IllegalArgumentException("vientro.calendar.compensation-source is required");
        }
        if (compensationNameVi == null || !compensationNameVi.contains("%s") || compensationNameEn == null
                || !compensationNameEn.contains("%s")) {
            throw new IllegalArgumentException(
                    "vientro.calendar.compensation-name-vi and -en are required, with %s for the holiday's name");
        }
        if (rules.stream().map(HolidayRule::key).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("vientro.calendar.rules: each key must be unique");
        }
    }
}
