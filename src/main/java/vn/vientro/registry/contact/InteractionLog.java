package vn.vientro.registry.contact;

import org.springframework.data.repository.Repository;

/** The contacts' interaction logs: entries are added, never changed or removed. */
interface InteractionLog extends Repository<Interaction, Long> {

    Interaction save(Interaction interaction);
}
