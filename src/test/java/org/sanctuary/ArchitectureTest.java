package org.sanctuary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Frameworks stay at the edge, and every endpoint says who may call it. */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sanctuary");

  /**
   * Monitoring keeps its SQL in package-private repositories (the *Rows of each package), beside the
   * figures' cells and the imports' progress, which are stores themselves: services hold rules,
   * permissions and audit, never a statement.
   */
  @Test
  void monitoringReachesTheDatabaseOnlyThroughItsPackagePrivateRepositories() {
    noClasses()
        .that()
        .resideInAPackage("org.sanctuary.monitoring..")
        .and()
        .haveSimpleNameNotEndingWith("Rows")
        .and()
        .doNotHaveSimpleName("FigureCells")
        .and()
        .doNotHaveSimpleName("ImportProgress")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
        .check(this.classes);
    classes()
        .that()
        .resideInAPackage("org.sanctuary.monitoring..")
        .and()
        .haveSimpleNameEndingWith("Rows")
        .should()
        .notBePublic()
        .check(this.classes);
  }

  @Test
  void sharedValueTypesImportNoFramework() {
    noClasses()
        .that()
        .resideInAPackage("org.sanctuary.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..", "java.sql..")
        .check(classes);
  }

  @Test
  void onlyWebPackagesTouchTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..web..", "org.sanctuary.access.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(RestController.class)
        .or()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Controller.class)
        .and()
        .areMetaAnnotatedWith(RequestMapping.class)
        .should()
        .beAnnotatedWith(PreAuthorize.class)
        .check(classes);
  }
}
