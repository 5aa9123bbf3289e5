package vn.vientro.reference.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reference.CalendarDay;
import vn.vientro.reference.DayKind;
import vn.vientro.reference.WorkingDayCalendar;

/** Public reference data: anyone may ask which days are holidays and compute due dates in working days. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reference")
class WorkingDayApiController {

    private final WorkingDayCalendar calendar;
    private final MessageSource messages;

    WorkingDayApiController(WorkingDayCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    record HolidayAnswer(LocalDate date, @Nullable String name, @Nullable String nameEn, DayKind kind,
                         boolean compensatory, boolean overridden, @Nullable String source) {
    }

    record DateAnswer(LocalDate date) {
    }

    record CountAnswer(int days) {
    }

    record CheckAnswer(LocalDate date, boolean workingDay, DayKind reason, @Nullable String name,
                       @Nullable String nameEn, @Nullable String source) {
    }

    @GetMapping("/holidays")
    @Operation(summary = "Days off of a year (1900–2100): computed holidays and compensatory days, corrected by the "
            + "recorded official announcement")
    List<HolidayAnswer> holidays(@Valid @ParameterObject @ModelAttribute("yearQuery") WorkingDayParameters.YearQuery query) {
        return calendar.daysOff(Objects.requireNonNull(query.year())).stream()
                .map(day -> new HolidayAnswer(day.date(), day.name(), day.nameEn(), day.kind(), day.compensatory(),
                        day.overridden(), day.source()))
                .toList();
    }

    @GetMapping("/working-days/add")
    @Operation(summary = "The n-th working day after a date (0 ≤ n ≤ 3650; 0 gives the date itself)")
    DateAnswer add(@Valid @ParameterObject @ModelAttribute("addQuery") WorkingDayParameters.AddQuery query) {
        return new DateAnswer(calendar.addWorkingDays(Objects.requireNonNull(query.from()),
                Objects.requireNonNull(query.days())));
    }

    @GetMapping("/working-days/count")
    @Operation(summary = "Working days after 'from' up to and including 'to' (0 when 'to' is not after 'from')")
    CountAnswer count(@Valid @ParameterObject @ModelAttribute("countQuery") WorkingDayParameters.CountQuery query) {
        return new CountAnswer(calendar.countWorkingDays(Objects.requireNonNull(query.from()),
                Objects.requireNonNull(query.to())));
    }

    @GetMapping("/working-days/check")
    @Operation(summary = "Whether a date is a working day, and why")
    CheckAnswer check(@Valid @ParameterObject @ModelAttribute("checkQuery") WorkingDayParameters.CheckQuery query) {
        CalendarDay day = calendar.day(Objects.requireNonNull(query.date()));
        return new CheckAnswer(day.date(), day.workingDay(), day.kind(), day.name(), day.nameEn(), day.source());
    }
}
