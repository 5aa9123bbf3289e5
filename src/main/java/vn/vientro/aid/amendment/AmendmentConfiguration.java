package vn.vientro.aid.amendment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vientro.aid.AidRules;

/** The amendment rule from configuration, checked at start: an unknown field name stops the application. */
@Configuration(proxyBeanMethods = false)
class AmendmentConfiguration {

    @Bean
    ChangeClassifier changeClassifier(AidRules rules) {
        return ChangeClassifier.of(rules.amendment().substantiveFields(), rules.amendment().valueChangePercent());
    }
}
