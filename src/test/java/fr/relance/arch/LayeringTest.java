package fr.relance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, kept by the build. */
@AnalyzeClasses(packages = "fr.relance", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("fr.relance.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.jooq..", "java.sql..", "javax.sql..", "java.io..", "java.nio..", "java.net..",
                    "fr.relance.store..", "fr.relance.ui..", "fr.relance.app..", "fr.relance.cli..",
                    "org.flywaydb..", "org.h2..", "org.slf4j..")
            .because("the legal arithmetic must stay testable in milliseconds, without a window, a database or files");

    @ArchTest
    static final ArchRule domainReadsNoClock = noClasses().that().resideInAPackage("fr.relance.domain..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .because("rules take an as-of date; they never read the clock");

    @ArchTest
    static final ArchRule uiStaysOutOfStoreInternals = noClasses().that().resideInAPackage("fr.relance.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "fr.relance.store.jooq..", "java.sql..",
                    "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("view-models use repositories and services, never SQL");

    @ArchTest
    static final ArchRule storeHasNoUi = noClasses().that().resideInAnyPackage("fr.relance.store..",
                    "fr.relance.demo..", "fr.relance.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("storage, services and the command line run headless");

    @ArchTest
    static final ArchRule generatedCodeStaysInTheStore = noClasses().that().resideOutsideOfPackage("fr.relance.store..")
            .should().dependOnClassesThat().resideInAPackage("fr.relance.store.jooq..")
            .because("repositories return domain records, never jOOQ records");

    @ArchTest
    static final ArchRule documentsRunHeadless = noClasses().that().resideInAPackage("fr.relance.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.relance.ui..")
            .because("letters are composed and laid out headless, for the UI, the command line or a batch");
}
