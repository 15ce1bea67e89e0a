package org.steplens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The headless core never touches JavaFX or the UI; the UI may use the core, never the reverse. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.steplens");

    private static final String[] CORE = {"org.steplens.model..", "org.steplens.io..", "org.steplens.grade..",
            "org.steplens.select..", "org.steplens.analyze..", "org.steplens.score..", "org.steplens.review..",
            "org.steplens.cli..", "org.steplens.about.."};

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void coreNeverDependsOnTheUi() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.steplens.ui..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.steplens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.steplens.io..", "org.steplens.grade..",
                        "org.steplens.select..", "org.steplens.analyze..", "org.steplens.score..", "org.steplens.cli..")
                .check(CLASSES);
    }
}
