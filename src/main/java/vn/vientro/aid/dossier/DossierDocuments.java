package vn.vientro.aid.dossier;

import org.springframework.data.repository.Repository;

/**
 * The uploads of dossier documents: versions are added, never changed or removed. Reads go through
 * {@link DossierQueries}.
 */
interface DossierDocuments extends Repository<DossierDocument, Long> {

    DossierDocument save(DossierDocument document);
}
