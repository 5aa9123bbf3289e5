package vn.vientro.monitoring.calendar;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CalendarFeedRepository extends ListCrudRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUsername(String username);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
