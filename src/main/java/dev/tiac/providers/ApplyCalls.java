package dev.tiac.providers;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The calls apply will make for a plan, per service, known before it starts: what each kind's
 * definition says it sends for a create, update or delete where changes are made by calls, spent
 * from the budget of the kind's service (a console kind's, from the management API's). A console
 * step done by hand (runbook) and a check make none. Retries, and the read-back after an answer
 * was lost, happen only when something failed and are not counted.
 */
public final class ApplyCalls {
  public static final String APEX_CENTRAL = Service.APEX_CENTRAL.title();
  public static final String CAS = Service.CLOUD_APP_SECURITY.title();
  /** Joins a service and one of its tokens: {@code Cloud App Security, token "name"}, a budget of its own. */
  public static final String TOKEN_OF = dev.tiac.providers.cas.TokenEvidence.BUDGET_OF;
  /** The api console driver's management API (the sandbox serves it); no published limit. */
  public static final String MANAGEMENT = Service.MANAGEMENT_API.title();

  private ApplyCalls() {}

  /** One entry per service that apply calls, in the order the kinds are applied, refresh calls 0. */
  public static List<ApiCost> estimate(KindRegistry kinds, List<Change> changes, Function<ResourceKind, KindHandling> handling) {
    Map<Service, Integer> calls = new LinkedHashMap<>();
    changes.stream().filter(Change::isAction).sorted((a, b) -> a.address().kind().compareTo(b.address().kind()))
        .filter(c -> c.kind() != ChangeKind.MANUAL && handling.apply(c.address().kind()).byApiCalls())
        .forEach(c -> calls.merge(service(kinds.of(c.address().kind())), kinds.of(c.address().kind()).applyCalls(c), Integer::sum));
    return calls.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> new ApiCost(e.getKey().title(), 0, e.getValue(), e.getKey().limit())).toList();
  }

  /** A console kind changed by calls is changed through the management API, whichever console holds it. */
  private static Service service(KindDefinition kind) {
    return kind.kind().reconciliation() == Reconciliation.API ? kind.service() : Service.MANAGEMENT_API;
  }
}
