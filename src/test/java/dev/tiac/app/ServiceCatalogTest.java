package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.ConcludedDefinition;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Unreadable;
import dev.tiac.plan.Services;
import dev.tiac.providers.EvidenceLedger;
import dev.tiac.providers.Kinds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's wiring serves exactly the registered kinds, whichever console driver each connection chose. */
class ServiceCatalogTest {
  @TempDir Path dir;

  private Set<ResourceKind> served(UnaryOperator<String> edit) throws IOException {
    SandboxRuns runs = new SandboxRuns(dir);
    runs.edit(edit);
    try (Run run = runs.open()) {
      Services services = run.catalog().services();
      return Stream.concat(services.types().stream().map(ResourceType::kind), services.checkers().stream().map(Checker::kind))
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceKind.class)));
    }
  }

  private List<ApiCost> refreshCost(UnaryOperator<String> edit) throws IOException {
    SandboxRuns runs = new SandboxRuns(dir);
    runs.edit(edit);
    try (Run run = runs.open()) {
      return run.catalog().services().refreshCost();
    }
  }

  private static int calls(List<ApiCost> cost, String service) {
    return cost.stream().filter(c -> c.service().equals(service)).mapToInt(ApiCost::refresh).sum();
  }

  private static Set<ResourceKind> registeredKindsRead() {
    return Kinds.registry().all().stream().filter(d -> !(d instanceof ConcludedDefinition)).map(KindDefinition::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceKind.class)));
  }

  @Test
  void onTheSandboxEveryRegisteredKindIsReadOrCheckedUnderTheApiDriver() throws IOException {
    assertEquals(registeredKindsRead(), served(UnaryOperator.identity()));
  }

  @Test
  void onTheSandboxEveryRegisteredKindIsReadOrCheckedUnderTheRunbookDriver() throws IOException {
    assertEquals(registeredKindsRead(), served(yaml -> yaml
        .replace("    requestsPerMinute: 18\n", "    requestsPerMinute: 18\n    consoleDriver: runbook\n")
        .replace("    communicationTimeoutSeconds: 120\n", "    communicationTimeoutSeconds: 120\n    consoleDriver: runbook\n")));
  }

  @Test
  void underTheRunbookDriverThePoliciesDetectionsCountOnTheConnectionAndADeliveredTokenOnItsOwnBudget() throws IOException {
    List<ApiCost> api = refreshCost(UnaryOperator.identity());
    List<ApiCost> runbook = refreshCost(yaml -> yaml.replace("    requestsPerMinute: 18\n", "    requestsPerMinute: 18\n    consoleDriver: runbook\n"));
    assertTrue(calls(runbook, "Cloud App Security") > calls(api, "Cloud App Security"), api + " / " + runbook);
    assertTrue(runbook.stream().anyMatch(c -> c.service().startsWith("Cloud App Security, token \"") && c.refresh() > 0), runbook.toString());
    assertTrue(api.stream().noneMatch(c -> c.service().startsWith("Cloud App Security, token")), api.toString());
    assertEquals(calls(api, "Apex Central"), calls(runbook, "Apex Central"), "the Apex Central connection kept its driver");
  }

  @Test
  void aConsoleKindNoManagementApiReadsIsReportedOnItsResourcesNotSkipped() {
    // A driver that changes console kinds by calls, where no management API offers a type for them.
    Wiring wiring = Wiring.of(Kinds.registry(), Reach.of(List.of()),
        kind -> kind.reconciliation() == Reconciliation.CONSOLE ? KindHandling.API_CALLS : KindHandling.CHECK,
        kind -> Optional.empty(), kind -> address -> { throw new AssertionError("no evidence is asked of a kind read by calls"); },
        new EvidenceLedger());
    List<ResourceKind> console = Kinds.registry().all().stream().map(KindDefinition::kind)
        .filter(k -> k.reconciliation() == Reconciliation.CONSOLE).toList();
    assertEquals(console, wiring.types().stream().map(ResourceType::kind).toList());
    for (ResourceType type : wiring.types()) {
      Unreadable refused = assertThrows(Unreadable.class, () -> type.list(ReadContext.empty()));
      assertTrue(refused.outcome().evidence().contains(type.kind().type()), refused.outcome().evidence());
    }
  }
}
