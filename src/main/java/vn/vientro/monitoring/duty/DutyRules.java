package vn.vientro.monitoring.duty;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.vientro.aid.TimeLimit;
import vn.vientro.monitoring.DutyKind;

/**
 * The rules that generate an approved aid item's reporting duties, each with its legal source (DOMAIN.md §5), so a
 * new decree or a provincial decision needs no code change. Due dates count from the period's cut-off; a due date on a
 * day off moves to the next working day (Civil Code 2015 Art. 148), and a limit in working days uses the working-day
 * calendar with its Tết days and swapped Saturdays.
 *
 * @param dueSoonDays a duty due within this many days is "due soon"
 * @param duties      one rule per kind of duty
 */
@ConfigurationProperties("vientro.monitoring")
public record DutyRules(@DefaultValue("15") int dueSoonDays, @DefaultValue List<DutyRule> duties) {

    /** Who files or receives a report. */
    public enum Party {
        /** The aid owner (chủ khoản viện trợ). */
        OWNER,
        /** The managing agency (cơ quan chủ quản): the item's governing agency. */
        MANAGING_AGENCY,
        /** The foreign-affairs focal point (Sở Ngoại vụ). */
        FOCAL_POINT,
        /** The finance department (Sở Tài chính), which compiles settlements. */
        FINANCE
    }

    /** The stretch one report covers. */
    public enum Period {
        /** January to June of each year the item runs through. */
        HALF_YEAR,
        /** January to December of each year the item runs through. */
        YEAR,
        /** The item's whole run, from its start to its end. */
        WHOLE
    }

    /**
     * One kind of duty: the periods it covers, its due date after each period's cut-off, who files it and for whom.
     *
     * @param due the time from the cut-off (the period's last day) to the due date, with its legal source
     */
    public record DutyRule(DutyKind kind, Period period, TimeLimit due, @DefaultValue("OWNER") Party responsible,
                           @DefaultValue List<Party> recipients) {
    }
}
