package dev.wiretrace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as tests: the text algorithms are plain Java, with Beam only in the
 * transforms and DoFns that wire them; and the stages depend on each other in the pipeline's order,
 * never back.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.wiretrace");

  @Test
  void theTextAlgorithmsArePlainJava() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.wiretrace.sentences..", "dev.wiretrace.strip..", "dev.wiretrace.direction..")
        .and()
        .haveSimpleNameNotEndingWith("Fn")
        .and()
        .areNotAssignableTo(org.apache.beam.sdk.transforms.PTransform.class)
        // a transform's public output tags, and value types Beam codes by their schema
        .and()
        .areNotAssignableTo(org.apache.beam.sdk.values.TupleTag.class)
        .and()
        .areNotAnnotatedWith(org.apache.beam.sdk.schemas.annotations.DefaultSchema.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.beam..")
        .because("splitting, stripping and deciding direction are tested as plain classes")
        .check(CLASSES);
  }

  @Test
  void theReportIsNoPartOfThePipeline() {
    noClasses()
        .that()
        .resideInAPackage("dev.wiretrace.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.beam.sdk.transforms..", "org.apache.beam.sdk.values..")
        .because("the report is written from the output files, after the pipeline")
        .check(CLASSES);
  }

  @Test
  void earlyStagesDoNotReachIntoLaterOnes() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.wiretrace.read..", "dev.wiretrace.strip..", "dev.wiretrace.sentences..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.wiretrace.match..",
            "dev.wiretrace.direction..",
            "dev.wiretrace.graph..",
            "dev.wiretrace.report..",
            "dev.wiretrace.index..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.wiretrace.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.wiretrace.report..")
        .because("nothing in the pipeline needs the report")
        .check(CLASSES);
  }
}
