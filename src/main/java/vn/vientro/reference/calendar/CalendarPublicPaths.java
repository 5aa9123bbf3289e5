package vn.vientro.reference.calendar;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/** Holidays and working days are public reference data: anyone may read them without signing in. */
@Component
class CalendarPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/api/v1/holidays", "/api/v1/working-days/**");
    }
}
