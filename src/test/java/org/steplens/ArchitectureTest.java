package org.steplens;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The headless core never touches JavaFX or the UI; the UI may use the core, never the reverse; core packages
 * form no cycles. The core is every package under org.steplens except ui (and the root, whose Main launches
 * either), so a new core package is covered without editing a list.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.steplens");

    private static final String UI = "org.steplens.ui..";

    private static GivenClassesConjunction noCoreClasses() {
        return noClasses().that().resideInAPackage("org.steplens.(*)..").and().resideOutsideOfPackage(UI);
    }

    @Test
    void theCoreIsEveryPackageButTheUi() {
        Set<String> core = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String p = c.getPackageName();
            if (p.startsWith("org.steplens.") && !p.startsWith("org.steplens.ui")) {
                core.add(p.substring("org.steplens.".length()).split("\\.")[0]);
            }
        }
        // the packages every rule below covers; new ones join automatically
        assertTrue(core.containsAll(Set.of("model", "io", "grade", "select", "analyze", "score", "chart", "cli")),
                core::toString);
    }

    @Test
    void coreNeverImportsJavaFx() {
        noCoreClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void coreNeverDependsOnTheUi() {
        noCoreClasses().should().dependOnClassesThat().resideInAPackage(UI).check(CLASSES);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.steplens.model..")
                .should().dependOnClassesThat(resideInAPackage("org.steplens..")
                        .and(not(resideInAnyPackage("org.steplens.model.."))))
                .check(CLASSES);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        // ui is one slice here: the core never reaches it, so this is about core packages (ui slices: their own rule)
        slices().matching("org.steplens.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
