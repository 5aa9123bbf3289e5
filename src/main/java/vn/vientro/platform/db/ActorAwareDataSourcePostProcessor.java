package vn.vientro.platform.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Wraps whichever DataSource is in use (embedded or external) so every connection carries the acting user. */
@Component
class ActorAwareDataSourcePostProcessor implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ActorAwareDataSource)) {
            return new ActorAwareDataSource(dataSource);
        }
        return bean;
    }
}
