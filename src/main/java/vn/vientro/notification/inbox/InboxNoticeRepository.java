package vn.vientro.notification.inbox;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface InboxNoticeRepository extends ListCrudRepository<InboxNotice, Long> {

    List<InboxNotice> findByRecipientAndReadAtIsNull(String recipient);
}
