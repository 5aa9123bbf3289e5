package vn.vientro.aid.dossier;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The dossier's document types (DOMAIN.md §4.2), from {@code aid-dossier.yml}. */
@ConfigurationProperties("vientro.aid.dossier")
record DossierProperties(List<DocumentType> documents) {

    DossierProperties {
        documents = documents == null ? List.of() : List.copyOf(documents);
        Set<String> codes = new HashSet<>();
        for (DocumentType type : documents) {
            if (!codes.add(type.code())) {
                throw new IllegalArgumentException("dossier document code configured twice: " + type.code());
            }
        }
    }

    Optional<DocumentType> type(String code) {
        return documents.stream().filter(type -> type.code().equals(code)).findFirst();
    }
}
