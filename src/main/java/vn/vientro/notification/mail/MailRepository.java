package vn.vientro.notification.mail;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface MailRepository extends ListCrudRepository<Mail, Long> {

    List<Mail> findFirst50ByStatusOrderByIdAsc(MailStatus status);
}
