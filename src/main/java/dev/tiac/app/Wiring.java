package dev.tiac.app;

import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.spi.Capabilities;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Unreadable;
import dev.tiac.contract.spi.Wired;
import dev.tiac.providers.AttestedConsoleType;
import dev.tiac.providers.EvidenceLedger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every registered kind wired for one run: a kind changed by calls or checked contributes what its
 * definition wires from the run's {@link Reach}; a console kind is read as its connection's driver
 * handles it, through the management API's type or as attestations overruled by evidence. A
 * console kind the driver would change by calls but no management API type reads is reported on
 * each of its resources, never skipped.
 */
record Wiring(List<ResourceType> types, List<Checker> checkers, Capabilities capabilities, List<ApiCost> refresh) {
  static Wiring of(KindRegistry kinds, Reach reach, Function<ResourceKind, KindHandling> handling,
      Function<ResourceKind, Optional<ResourceType>> managed, Function<ResourceKind, Function<Address, Evidence>> evidence, EvidenceLedger ledger) {
    List<ResourceType> types = new ArrayList<>();
    List<Checker> checkers = new ArrayList<>();
    Capabilities capabilities = new Capabilities();
    List<ApiCost> refresh = new ArrayList<>();
    for (KindDefinition d : kinds.all()) {
      KindHandling handled = handling.apply(d.kind());
      Wired wired = d.wire(reach, handled);
      if (d.kind().reconciliation() == Reconciliation.CONSOLE) {
        wired = new Wired(Optional.of(console(d, reach, handled, managed, evidence, ledger)), Optional.empty(), wired.refresh());
      }
      wired.reader().ifPresent(t -> {
        types.add(t);
        capabilities.with(t.kind(), t);
      });
      wired.checker().ifPresent(checkers::add);
      refresh.addAll(wired.refresh());
    }
    return new Wiring(types, checkers, capabilities, refresh);
  }

  private static ResourceType console(KindDefinition d, Reach reach, KindHandling handling, Function<ResourceKind, Optional<ResourceType>> managed,
      Function<ResourceKind, Function<Address, Evidence>> evidence, EvidenceLedger ledger) {
    if (!handling.byApiCalls()) {
      // What the definition says speaks for it; otherwise what the console package knows (a delivered token).
      return new AttestedConsoleType(d.kind(), d.evidence(reach).orElseGet(() -> evidence.apply(d.kind())), ledger, d.oneLive());
    }
    return managed.apply(d.kind()).orElseGet(() -> unread(d.kind()));
  }

  /** A reader that says, on each resource of the kind, that no management API type reads it. */
  private static ResourceType unread(ResourceKind kind) {
    return new ResourceType() {
      @Override
      public ResourceKind kind() {
        return kind;
      }

      @Override
      public List<dev.tiac.contract.LiveResource> list(ReadContext context) {
        throw new Unreadable(CheckOutcome.api(CheckOutcome.Status.UNKNOWN, "the management API",
            "the management API offers no way to read " + kind.type(),
            List.of("Set the connection's consoleDriver to runbook to make " + kind.type() + " by hand")));
      }
    };
  }

  /** Each service's calls added up, Apex Central before Cloud App Security as the services are listed. */
  static List<ApiCost> sum(List<ApiCost> costs) {
    Map<String, ApiCost> byService = new LinkedHashMap<>();
    costs.forEach(c -> byService.merge(c.service(), c,
        (a, b) -> new ApiCost(a.service(), a.refresh() + b.refresh(), a.apply() + b.apply(), a.limit())));
    List<String> order = Arrays.stream(Service.values()).map(Service::title).toList();
    return byService.values().stream().filter(c -> c.calls() > 0)
        .sorted(Comparator.comparingInt(c -> order.contains(c.service()) ? order.indexOf(c.service()) : order.size())).toList();
  }
}
