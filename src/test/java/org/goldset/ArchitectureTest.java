package org.goldset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the package-by-feature layout honest (CONVENTIONS.md, habits 1 and 2). */
class ArchitectureTest {

    private static final JavaClasses GOLDSET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.goldset");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.goldset.(*)..").should().beFreeOfCycles().check(GOLDSET);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(GOLDSET);
    }

    /** One door: the review screen reads and decides through the review services only (issue 10). */
    @Test
    void the_review_screen_reaches_annotations_only_through_the_review_services() {
        noClasses().that().resideInAPackage("org.goldset.review.ui..")
                .should().dependOnClassesThat().areAssignableTo(org.goldset.annotation.EntityService.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.goldset.annotation.EventService.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.goldset.annotation.DecisionLog.class)
                .check(GOLDSET);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(GOLDSET);
    }

    @Test
    void views_are_package_private() {
        classes().that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("View")
                .should().notBePublic().check(GOLDSET);
    }
}
