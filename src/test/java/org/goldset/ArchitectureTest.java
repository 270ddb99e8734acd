package org.goldset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

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

    /** The features that feed and drain the corpus are siblings: none builds on another, none on the review. */
    @Test
    void importing_export_and_suggestion_never_depend_on_each_other() {
        for (String feature : new String[] {"importing", "export", "suggestion"}) {
            noClasses().that().resideInAPackage("org.goldset." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(siblingsOf(feature))
                    .check(GOLDSET);
        }
    }

    /** Documents, annotations and their history are the domain: the features build on them, never the other way. */
    @Test
    void the_domain_depends_on_no_feature() {
        noClasses().that().resideInAnyPackage("org.goldset.annotation..", "org.goldset.corpus..",
                        "org.goldset.history..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.goldset.format..", "org.goldset.gold..")
                .check(GOLDSET);
    }

    /** The decision history records what the domain tells it; it knows nothing of what it records. */
    @Test
    void the_history_sits_below_annotations_and_documents() {
        noClasses().that().resideInAPackage("org.goldset.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.goldset.annotation..", "org.goldset.corpus..")
                .check(GOLDSET);
    }

    /** A format reads and writes the exchange model: it knows neither the storage nor the features using it. */
    @Test
    void formats_know_neither_storage_nor_the_features_that_use_them() {
        noClasses().that().resideInAnyPackage("org.goldset.format..", "org.goldset.gold..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAIN)
                .check(GOLDSET);
    }

    /** The exchange model is what every format shares: no format's conventions leak into it. */
    @Test
    void the_exchange_model_depends_on_no_format() {
        noClasses().that().resideInAPackage("org.goldset.gold..")
                .should().dependOnClassesThat().resideInAPackage("org.goldset.format..")
                .check(GOLDSET);
    }

    /** Shared pieces (settings, text offsets and words, CoreNLP, the schema) sit below everything else. */
    @Test
    void shared_pieces_depend_on_nothing_above_them() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage(DOMAIN)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.goldset.format..", "org.goldset.gold..")
                .check(GOLDSET);
    }

    /**
     * A screen calls the services of the features (and the shared base), never their inner
     * components: what a screen does, the command line or an API can do through the same door.
     */
    @Test
    void screens_call_only_services() {
        DescribedPredicate<JavaClass> innerComponent = new DescribedPredicate<>("are inner components of a feature (beans that are not services)") {
            @Override
            public boolean test(JavaClass owner) {
                return owner.getPackageName().startsWith("org.goldset.")
                        && !owner.getPackageName().contains(".ui") && !owner.getPackageName().startsWith("org.goldset.base")
                        && owner.isMetaAnnotatedWith(Component.class) && !owner.isAnnotatedWith(Service.class);
            }
        };
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(innerComponent)
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

    private static final String[] FEATURES = {"org.goldset.review..", "org.goldset.importing..",
            "org.goldset.export..", "org.goldset.suggestion..", "org.goldset.assignment..", "org.goldset.agreement..",
            "org.goldset.curation..", "org.goldset.backup..",
            "org.goldset.cli.."};
    private static final String[] DOMAIN = {"org.goldset.annotation..", "org.goldset.corpus..", "org.goldset.history.."};
    private static final String[] SHARED = {"org.goldset.base", "org.goldset.text..", "org.goldset.nlp..",
            "org.goldset.schema.."};

    private static String[] siblingsOf(String feature) {
        return java.util.stream.Stream.of("importing", "export", "suggestion", "review")
                .filter(other -> !other.equals(feature))
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
