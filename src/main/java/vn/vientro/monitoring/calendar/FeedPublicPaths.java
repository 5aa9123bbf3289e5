package vn.vientro.monitoring.calendar;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/**
 * Calendar programs fetch the feeds without signing in: the province's public deadlines, and a personal feed whose
 * address holds its secret (checked by the feed itself).
 */
@Component
class FeedPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/calendar/province.ics", "/calendar/feeds/*");
    }
}
