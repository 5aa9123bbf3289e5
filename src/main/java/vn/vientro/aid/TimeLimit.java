package vn.vientro.aid;

import java.time.LocalDate;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.vientro.shared.WorkingDays;

/**
 * A time limit the law gives, with its unit and source. A limit in calendar days or months that ends on a day off moves
 * to the next working day (Civil Code 2015 Art. 148).
 */
public record TimeLimit(int amount, @DefaultValue("WORKING_DAYS") Unit unit, String source) {

    public enum Unit {
        WORKING_DAYS, CALENDAR_DAYS, MONTHS
    }

    public LocalDate dueFrom(LocalDate start, WorkingDays workingDays) {
        LocalDate end = switch (unit) {
            case WORKING_DAYS -> workingDays.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
        };
        while (!workingDays.isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }
}
