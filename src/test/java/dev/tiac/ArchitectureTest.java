package dev.tiac;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md: which top-level package may use which, and no
 * cycle between them. Only product classes are read; tests may reach across layers.
 */
class ArchitectureTest {
  private static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.tiac");

  @Test
  void topLevelPackagesFormNoCycle() {
    slices().matching("dev.tiac.(*)..").should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void packagesFormNoCycleDownToTheirSubPackages() {
    slices().assignedFrom(SUB_PACKAGES).should().beFreeOfCycles().check(PRODUCT);
  }

  /** A top-level package's own classes are one slice, each of its sub-packages (with theirs) another. */
  private static final SliceAssignment SUB_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String[] parts = c.getPackageName().split("\\.");
      return parts.length < 3 ? SliceIdentifier.ignore() : SliceIdentifier.of(String.join(".", java.util.Arrays.copyOfRange(parts, 2, Math.min(parts.length, 4))));
    }

    @Override
    public String getDescription() {
      return "top-level packages and their sub-packages";
    }
  };

  @Test
  void eachPackageDependsOnlyOnThoseBelowIt() {
    layers().check(PRODUCT);
  }

  /** Bottom to top, as docs/architecture.md draws them. */
  private static LayeredArchitecture layers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("time").definedBy("dev.tiac.time..")
        .layer("progress").definedBy("dev.tiac.progress..")
        .layer("http").definedBy("dev.tiac.http..")
        .layer("config").definedBy("dev.tiac.config..")
        .layer("ldap").definedBy("dev.tiac.ldap..")
        .layer("state").definedBy("dev.tiac.state..")
        .layer("contract").definedBy("dev.tiac.contract..")
        .layer("providers").definedBy("dev.tiac.providers..")
        .layer("plan").definedBy("dev.tiac.plan..")
        .layer("apply").definedBy("dev.tiac.apply..")
        .layer("query").definedBy("dev.tiac.query..")
        .layer("export").definedBy("dev.tiac.export..")
        .layer("report").definedBy("dev.tiac.report..")
        .layer("app").definedBy("dev.tiac.app..")
        .layer("sandbox").definedBy("dev.tiac.sandbox..")
        .layer("cli").definedBy("dev.tiac.cli..")
        .whereLayer("time").mayNotAccessAnyLayer()
        .whereLayer("progress").mayNotAccessAnyLayer()
        .whereLayer("http").mayNotAccessAnyLayer()
        .whereLayer("config").mayNotAccessAnyLayer()
        .whereLayer("ldap").mayOnlyAccessLayers("http")
        .whereLayer("state").mayOnlyAccessLayers("http", "time")
        .whereLayer("contract").mayOnlyAccessLayers("config", "state", "time")
        .whereLayer("providers").mayOnlyAccessLayers("contract", "config", "http", "ldap", "state", "time", "progress")
        .whereLayer("plan").mayOnlyAccessLayers("contract", "config", "progress", "state", "time")
        .whereLayer("apply").mayOnlyAccessLayers("contract", "plan", "progress", "state")
        .whereLayer("query").mayOnlyAccessLayers(below("query"))
        .whereLayer("export").mayOnlyAccessLayers(below("export"))
        .whereLayer("report").mayOnlyAccessLayers(below("report"))
        .whereLayer("app").mayOnlyAccessLayers(below("app"))
        .whereLayer("sandbox").mayOnlyAccessLayers("config")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer();
  }

  private static final String[] ORDER = {"time", "progress", "http", "config", "ldap", "state", "contract", "providers", "plan",
      "apply", "query", "export", "report", "app"};

  /** The layers listed before this one. */
  private static String[] below(String layer) {
    return java.util.Arrays.copyOf(ORDER, java.util.Arrays.asList(ORDER).indexOf(layer));
  }
}
