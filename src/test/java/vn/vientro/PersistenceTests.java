package vn.vientro;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
            "vn.vientro.aid.files.AidFiles",
            "vn.vientro.aid.item.AidItemLock",
            "vn.vientro.aid.item.CodeSequence",
            "vn.vientro.aid.item.Involvements",
            "vn.vientro.audit.SealedReads",
            "vn.vientro.identity.security.ThrottleCounters",
            "vn.vientro.identity.security.TrustedDevices",
            "vn.vientro.identity.token.PresentedTokens",
            "vn.vientro.platform.SchedulingConfiguration",
            "vn.vientro.platform.web.IdempotentAnswers",
            "vn.vientro.reference.adminunit.AdminUnitLoader",
            "vn.vientro.reference.codelist.CodelistLoader",
            "vn.vientro.reference.dataset.BundledDatasets",
            "vn.vientro.reference.rate.RateBatches",
            "vn.vientro.registry.importing.ImportJobs",
            "vn.vientro.registry.permit.SentReminders",
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
}
