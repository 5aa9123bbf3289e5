package vn.vientro.aid.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two uploads of one document type at the same instant take the same next number: the second is refused by the
 * unique key, which the dossier reports as busy, instead of both becoming the same version.
 */
@VientroIntegrationTest
class DossierDocumentIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);
    @Autowired
    DossierDocuments documents;
    @Autowired
    DossierQueries queries;
    @Autowired
    AidFiles files;

    @Test
    void refusesASecondUploadTakingTheSameVersionNumber() {
        long id = fixtures.draftProject(port, "Dự án hai tệp cùng lúc");
        long file = files.store("to-trinh.pdf", Samples.pdf("two uploads " + id)).id();
        int next = queries.nextVersion(id, "PROPOSAL");
        documents.save(DossierDocument.uploaded(id, "PROPOSAL", next, file, "to-trinh.pdf", null, "first"));

        assertThatThrownBy(() -> documents.save(DossierDocument.uploaded(id, "PROPOSAL", next, file,
                "to-trinh.pdf", null, "second"))).isInstanceOf(DuplicateKeyException.class);
        assertThat(queries.versions(id)).filteredOn(version -> version.type().equals("PROPOSAL")
                && version.version() == next).singleElement().extracting(DocumentVersion::uploadedBy)
                .isEqualTo("first");
        assertThat(queries.nextVersion(id, "PROPOSAL")).isEqualTo(next + 1);
    }
}
