package vn.vientro.platform.db;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import vn.vientro.platform.JsonColumn;

/** Spring Data JDBC's conversions, with the dialect's own and one pair for each {@link JsonColumn} a module declares. */
@Configuration(proxyBeanMethods = false)
class JsonColumnConversions {

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, List<JsonColumn<?>> columns) {
        return JdbcCustomConversions.of(dialect, columns.stream().flatMap(column -> column.converters().stream())
                .toList());
    }
}
