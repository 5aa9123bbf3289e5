package vn.vientro.reference.calendar;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A date in the years the calendar knows, 1900–2100; {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SupportedDate.Validator.class)
@interface SupportedDate {

    String message() default "{reference.calendar.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SupportedDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= VietnameseLunarCalendar.MIN_YEAR
                    && date.getYear() <= VietnameseLunarCalendar.MAX_YEAR);
        }
    }
}
