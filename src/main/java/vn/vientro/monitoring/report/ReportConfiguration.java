package vn.vientro.monitoring.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vientro.platform.JsonColumn;

/** A report's content, a draft's and each submitted version's, is one JSON document in the API's shape. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    JsonColumn<ReportContent> reportContentColumn() {
        return new JsonColumn<>(ReportContent.class);
    }
}
