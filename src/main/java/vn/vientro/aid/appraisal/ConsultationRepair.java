package vn.vientro.aid.appraisal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the agencies' access from consultations in line with the requests at start-up: requests withdrawn before
 * withdrawals ended the access left it behind.
 */
@Component
class ConsultationRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsultationRepair.class);

    private final Consultations consultations;

    ConsultationRepair(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> items = consultations.endUnasked(null);
        if (!items.isEmpty()) {
            log.info("Access from withdrawn consultations ended on {} aid items", items.size());
        }
    }
}
