package org.steplens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark job is core: no JavaFX, no UI. And Spark stays out of everything else (it is a provided dependency, absent
 * from the desktop app): only org.steplens.spark and the CLI's --spark path touch it.
 */
class SparkArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.steplens");

    @Test
    void sparkJobIsCore() {
        noClasses().that().resideInAPackage("org.steplens.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.steplens.ui..", "org.steplens.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSparkJobAndItsCommandTouchSpark() {
        noClasses().that().resideOutsideOfPackage("org.steplens.spark..")
                .and().doNotHaveFullyQualifiedName("org.steplens.cli.SparkScoreRun")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .check(CLASSES);
    }
}
