package vn.vientro;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to persist (docs/architecture.md): SQL is written only by a module's {@code …Queries} (reads) and by the
 * few stores that must stay SQL, each saying why in its Javadoc; everything else writes through Spring Data
 * repositories. A class that reaches for a {@code JdbcClient} elsewhere fails here.
 */
class PersistenceTests {

    /** The stores that stay SQL; the reason of each is in its Javadoc. */
    private static final Set<String> SQL_STORES = Set.of(
            "vn.vientro.aid.demo.DemoAid",
            "vn.vientro.aid.demo.DemoAidSteps",
            "vn.vientro.aid.demo.DemoRecordDates",
            "vn.vientro.aid.files.AidFiles",
            "vn.vientro.aid.item.AidItemLock",
            "vn.vientro.aid.item.CodeSequence",
            "vn.vientro.aid.item.FundedFootprints",
            "vn.vientro.aid.item.Involvements",
            "vn.vientro.audit.SealedReads",
            "vn.vientro.identity.security.ThrottleCounters",
            "vn.vientro.identity.security.TrustedDevices",
            "vn.vientro.identity.token.PresentedTokens",
            "vn.vientro.monitoring.chasing.ChaseLedger",
            "vn.vientro.monitoring.duty.DutyLock",
            "vn.vientro.interchange.importing.IatiImportJobs",
            "vn.vientro.platform.SchedulingConfiguration",
            "vn.vientro.platform.web.IdempotentAnswers",
            "vn.vientro.reference.adminunit.AdminUnitLoader",
            "vn.vientro.reference.codelist.CodelistLoader",
            "vn.vientro.reference.dataset.BundledDatasets",
            "vn.vientro.reference.rate.RateBatches",
            "vn.vientro.registry.importing.ImportJobs",
            "vn.vientro.registry.permit.SentReminders",
            "vn.vientro.reporting.official.ReportFileJobs",
            "vn.vientro.search.SearchIndex");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.vientro");

    private static final DescribedPredicate<JavaClass> READ_MODELS_AND_SQL_STORES = DescribedPredicate.describe(
            "a …Queries class or a store that stays SQL", javaClass -> {
                String topLevel = javaClass.getName().replaceAll("\\$.*", "");
                return topLevel.endsWith("Queries") || SQL_STORES.contains(topLevel);
            });

    @Test
    void onlyQueriesAndTheNamedStoresWriteSql() {
        noClasses().that(DescribedPredicate.not(READ_MODELS_AND_SQL_STORES))
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .check(APPLICATION);
    }

    /**
     * A {@code @Transactional} method that throws marks the transaction it joined for rollback, so a caller inside a
     * transaction that catches the exception and goes on fails later at its commit
     * ({@code UnexpectedRollbackException}: an aid item starting before the first exchange rate answered 500). The one way (docs/architecture.md,
     * "Transactions"): a caller that goes on without an answer asks a method that returns {@code Optional}. Only
     * controllers, which run no transaction, catch what a transactional service throws.
     */
    @Test
    void noOneInATransactionCatchesWhatATransactionalMethodThrows() {
        List<String> caught = new ArrayList<>();
        for (JavaClass owner : APPLICATION) {
            if (owner.isAnnotatedWith(Controller.class) || owner.isAnnotatedWith(RestController.class)
                    || owner.isAnnotatedWith(ControllerAdvice.class)) {
                continue;
            }
            for (JavaCodeUnit unit : owner.getCodeUnits()) {
                for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                    if (!catchesARule(block)) {
                        continue;
                    }
                    block.getAccessesContainedInTryBlock().stream()
                            .filter(access -> access instanceof JavaMethodCall)
                            .filter(access -> !access.getTargetOwner().equals(owner))
                            .filter(access -> access.getTarget().resolveMember().map(PersistenceTests::transactional)
                                    .orElse(false))
                            .forEach(access -> caught.add(access.getDescription()));
                }
            }
        }
        assertThat(caught).isEmpty();
    }

    /**
     * A catch of a particular exception (a broken rule, a missing rate): not a boundary's {@code RuntimeException}, nor
     * the {@code Throwable} a try-with-resources closes its resources on.
     */
    private static boolean catchesARule(TryCatchBlock block) {
        return block.getCaughtThrowables().stream().anyMatch(type -> type.isAssignableTo(RuntimeException.class)
                && !type.isEquivalentTo(RuntimeException.class));
    }

    private static boolean transactional(JavaMember method) {
        return method.isAnnotatedWith(Transactional.class) || method.getOwner().isAnnotatedWith(Transactional.class);
    }
}
