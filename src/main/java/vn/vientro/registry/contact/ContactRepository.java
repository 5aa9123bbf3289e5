package vn.vientro.registry.contact;

import java.time.LocalDate;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends CrudRepository<Contact, Long> {

    /**
     * Moves the contact's last contact date forward to {@code on} if that is later, without touching its version:
     * logging does not change what anyone editing the contact is looking at. {@code greatest()} reads the row as
     * locked, so two interactions logged at once still leave the later date.
     */
    @Modifying
    @Query("update registry.contact set last_contact_on = greatest(last_contact_on, :on) where id = :contact")
    void contactedOn(@Param("contact") long contact, @Param("on") LocalDate on);
}
