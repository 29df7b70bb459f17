package io.polydesk.api.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.polydesk.domain.user.PasswordHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the domain knows no surface or storage, and dialects never lean on each other. */
class DependencyDirectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Sibling modules arrive as jars in a reactor build; their test jars are not production code.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.polydesk");
    }

    @Test
    void domainKnowsNothingOfHttpGraphqlJsonOrMyBatis() {
        noClasses()
                .that()
                .resideInAPackage("io.polydesk.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.polydesk.api..",
                        "io.polydesk.compat..",
                        "io.polydesk.persistence..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "org.springframework.graphql..",
                        "graphql..",
                        "jakarta.servlet..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "org.apache.ibatis..",
                        "org.mybatis..",
                        "java.sql..",
                        "javax.sql..")
                .check(classes);
    }

    @Test
    void persistenceServesOnlyTheDomain() {
        noClasses()
                .that()
                .resideInAPackage("io.polydesk.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.polydesk.api..", "io.polydesk.compat..")
                .check(classes);
    }

    @Test
    void dialectsUseTheDomainNeverStorageOrTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("io.polydesk.compat..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.polydesk.api..", "io.polydesk.persistence..", "org.apache.ibatis..", "org.mybatis..")
                .check(classes);
    }

    @Test
    void dialectsNeverImportEachOther() {
        slices().matching("io.polydesk.compat.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("io.polydesk.compat.support.."))
                .check(classes);
    }

    /**
     * Feature packages may lean on one another, but only one way: a cycle would make two features one in all but
     * name, and is broken with a port in the package that needs the other (as {@code TicketCompanies} does).
     */
    @Test
    void domainFeaturePackagesHaveNoCycles() {
        slices().matching("io.polydesk.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void applicationCodeNeverReachesIntoStorage() {
        noClasses()
                .that()
                .resideInAPackage("io.polydesk.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.polydesk.persistence..", "org.apache.ibatis..", "org.mybatis..")
                .check(classes);
    }

    /**
     * Every sign-in surface checks a password only through {@code SignInGuard}, which does the same hashing for an
     * unknown account as for a wrong password; {@code UserService} checks only the caller's own current password.
     */
    @Test
    void passwordsAreCheckedOnlyByTheSignInGuardAndTheOwnPasswordCheck() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.polydesk.domain.user.SignInGuard")
                .and()
                .doNotHaveFullyQualifiedName("io.polydesk.domain.user.UserService")
                .should()
                .callMethod(PasswordHasher.class, "matches", String.class, String.class)
                .check(classes);
    }
}
