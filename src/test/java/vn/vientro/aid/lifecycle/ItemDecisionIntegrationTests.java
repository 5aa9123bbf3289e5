package vn.vientro.aid.lifecycle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recorded decision is an aggregate: a scan attached from a stale copy is refused, not written over another. */
@VientroIntegrationTest
class ItemDecisionIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);
    @Autowired
    ItemDecisionRepository decisions;
    @Autowired
    LifecycleQueries queries;
    @Autowired
    AidFiles files;

    @Test
    void refusesAScanAttachedToAStaleCopyOfTheDecision() {
        long id = fixtures.projectIn(port, "Dự án quyết định hai người đính kèm", AidStatus.APPROVED);
        long decisionId = queries.decisions(id).get(0).id();
        ItemDecision first = decisions.findById(decisionId).orElseThrow();
        ItemDecision second = decisions.findById(decisionId).orElseThrow();
        long firstScan = files.store("first.pdf", Samples.pdf("first scan " + id)).id();
        long secondScan = files.store("second.pdf", Samples.pdf("second scan " + id)).id();

        first.attachScan(firstScan);
        decisions.save(first);
        second.attachScan(secondScan);

        assertThatThrownBy(() -> decisions.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(queries.decisions(id).get(0).scanFileId()).isEqualTo(firstScan);
    }
}
