package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.shared.Money;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.aid.money.MoneyFixtures.json;
import static vn.vientro.aid.money.MoneyFixtures.today;

/** A transaction is saved at the version it was loaded at: of two editors who loaded it together, the later fails. */
@VientroIntegrationTest
class TransactionIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures aidFixtures = new AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    TransactionRepository transactions;
    @Autowired
    MoneyConverter converter;
    @Autowired
    MoneyQueries queries;
    @Autowired
    JdbcClient jdbc;

    MoneyFixtures items;

    @BeforeEach
    void setUp() {
        items = new MoneyFixtures(port, aidFixtures);
    }

    @Test
    void aSaveThatLosesTheRaceFailsAndNeitherCorrectsNorDeletesWhatTheWinnerSaved() {
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        long t = json(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", "")).path("id")
                .asLong();
        Transaction winner = transactions.findById(t).orElseThrow();
        Transaction loser = transactions.findById(t).orElseThrow();
        Transaction remover = transactions.findById(t).orElseThrow();

        winner.correct(disbursement("1100"), recording(), converter);
        transactions.save(winner);
        loser.correct(disbursement("1200"), recording(), converter);

        assertThatThrownBy(() -> transactions.save(loser)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> transactions.delete(remover)).isInstanceOf(OptimisticLockingFailureException.class);
        MoneyTransaction saved = queries.transaction(t).orElseThrow();
        assertThat(saved.amount()).isEqualByComparingTo("1100");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.recordedBy()).isEqualTo("tester");
        assertThat(queries.totals(id).byCurrency(MoneyKind.DISBURSEMENT, Funding.AID))
                .containsExactly(Money.of("1100", "USD"));
    }

    private static TransactionInput disbursement(String amount) {
        return new TransactionInput(MoneyKind.DISBURSEMENT, Funding.AID, today(), Money.of(new BigDecimal(amount),
                "USD"), null, null, null);
    }

    private static Transaction.Recording recording() {
        return new Transaction.Recording("tester", Instant.now(), today(), null);
    }
}
