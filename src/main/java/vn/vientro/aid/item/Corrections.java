package vn.vientro.aid.item;

import org.springframework.data.repository.Repository;

/** The corrections of submitted dossiers: added, never changed or removed. */
interface Corrections extends Repository<Correction, Long> {

    Correction save(Correction correction);
}
