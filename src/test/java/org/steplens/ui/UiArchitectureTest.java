package org.steplens.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The UI's feature packages share state through {@code ui.session} (and helpers in {@code ui.common}), never by
 * importing each other in circles; the bottom layers know nothing of the features above them.
 */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.steplens.ui");

    @Test
    void featureSlicesAreFreeOfCycles() {
        slices().matching("org.steplens.ui.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void sessionAndCommonAreTheBottomLayers() {
        noClasses().that().resideInAnyPackage("org.steplens.ui.session..", "org.steplens.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.steplens.ui.shell..", "org.steplens.ui.inspect..",
                        "org.steplens.ui.browse..", "org.steplens.ui.solution..", "org.steplens.ui.compare..",
                        "org.steplens.ui.bestofn..", "org.steplens.ui.score..", "org.steplens.ui.analysis..", "org.steplens.ui.files..")
                .check(UI);
        noClasses().that().resideInAPackage("org.steplens.ui.common..")
                .should().dependOnClassesThat().resideInAPackage("org.steplens.ui.session..")
                .check(UI);
    }

    @Test
    void onlyTheShellAssemblesTheApp() {
        noClasses().that().resideInAPackage("org.steplens.ui..").and().resideOutsideOfPackage("org.steplens.ui.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.steplens.ui.shell..")
                .check(UI);
    }
}
