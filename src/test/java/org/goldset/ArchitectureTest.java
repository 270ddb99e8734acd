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
                .orShould().dependOnClassesThat().areAssignableTo(org.goldset.history.DecisionHistory.class)
                .check(GOLDSET);
    }

    /** The features that feed and drain the corpus are siblings: none builds on another. */
    @Test
    void importing_export_and_suggestion_never_depend_on_each_other() {
        for (String feature : new String[] {"importing", "export", "suggestion"}) {
            noClasses().that().resideInAPackage("org.goldset." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(siblingsOf(feature))
                    .check(GOLDSET);
        }
    }

    /** Documents and annotations are the domain: the features build on them, never the other way. */
    @Test
    void the_domain_depends_on_no_feature() {
        noClasses().that().resideInAnyPackage("org.goldset.annotation..", "org.goldset.corpus..")
                .should().dependOnClassesThat().resideInAnyPackage("org.goldset.review..",
                        "org.goldset.importing..", "org.goldset.export..", "org.goldset.suggestion..",
                        "org.goldset.cli..")
                .check(GOLDSET);
    }

    /** CoreNLP analysis serves suggestions and the token formats alike: it knows neither. */
    @Test
    void language_analysis_depends_only_on_base() {
        noClasses().that().resideInAPackage("org.goldset.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.goldset.annotation..",
                        "org.goldset.corpus..", "org.goldset.review..", "org.goldset.importing..",
                        "org.goldset.export..", "org.goldset.suggestion..", "org.goldset.cli..")
                .check(GOLDSET);
    }

    /** The command line is an entry point: only the application's main hands over to it. */
    @Test
    void nothing_but_the_entry_point_depends_on_the_command_line() {
        noClasses().that().resideOutsideOfPackages("org.goldset.cli..")
                .and().doNotHaveFullyQualifiedName("org.goldset.Application")
                .should().dependOnClassesThat().resideInAPackage("org.goldset.cli..")
                .check(GOLDSET);
    }

    private static String[] siblingsOf(String feature) {
        return java.util.stream.Stream.of("importing", "export", "suggestion").filter(other -> !other.equals(feature))
                .map(other -> "org.goldset." + other + "..").toArray(String[]::new);
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
