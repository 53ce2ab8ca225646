package org.charta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.charta");

    @Test
    void coreHasNoJavaFx() {
        noClasses().that().resideInAPackage("org.charta.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(CLASSES);
    }

    @Test
    void coreDependsOnNeitherUiNorCli() {
        noClasses().that().resideInAPackage("org.charta.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.charta.ui..", "org.charta.cli..")
                .check(CLASSES);
    }

    @Test
    void cliDoesNotUseTheUi() {
        noClasses().that().resideInAPackage("org.charta.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.charta.ui..", "javafx..")
                .check(CLASSES);
    }
}
