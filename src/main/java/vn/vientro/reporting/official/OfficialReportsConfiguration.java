package vn.vientro.reporting.official;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vientro.platform.JsonColumn;

/** An issued report's figures are one JSON document: the {@link ReportDocument} as it was printed. */
@Configuration(proxyBeanMethods = false)
class OfficialReportsConfiguration {

    @Bean
    JsonColumn<ReportDocument> reportDocumentColumn() {
        return new JsonColumn<>(ReportDocument.class);
    }
}
