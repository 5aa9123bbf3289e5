package vn.vientro.reference.calendar;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface HolidayRuleSwitchRepository extends ListCrudRepository<HolidayRuleSwitch, Long> {

    Optional<HolidayRuleSwitch> findByRuleKey(String ruleKey);
}
