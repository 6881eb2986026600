package dev.tiac.providers;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The calls apply will make for a plan, per service, known before it starts: what each kind's
 * provider sends for a create, update or delete where changes are made by calls. A console step
 * done by hand (runbook) and a check make none. Retries, and the read-back after an answer was
 * lost, happen only when something failed and are not counted.
 */
public final class ApplyCalls {
  public static final String APEX_CENTRAL = "Apex Central";
  public static final String CAS = "Cloud App Security";
  /** Joins a service and one of its tokens: {@code Cloud App Security, token "name"}, a budget of its own. */
  public static final String TOKEN_OF = ", token \"";
  /** The api console driver's management API (the sandbox serves it); no published limit. */
  public static final String MANAGEMENT = "Management API";

  private static final Map<String, String> LIMITS = Map.of(
      APEX_CENTRAL, "none published", CAS, "20 per minute per token", MANAGEMENT, "none published");

  private ApplyCalls() {}

  /** One entry per service that apply calls, in the order the kinds are applied, refresh calls 0. */
  public static List<ApiCost> estimate(List<Change> changes, Function<ResourceKind, KindHandling> handling) {
    Map<String, Integer> calls = new LinkedHashMap<>();
    changes.stream().filter(Change::isAction).sorted((a, b) -> a.address().kind().compareTo(b.address().kind()))
        .forEach(c -> of(c, handling.apply(c.address().kind())).ifPresent(n -> calls.merge(service(c.address().kind()), n, Integer::sum)));
    return calls.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> new ApiCost(e.getKey(), 0, e.getValue(), LIMITS.get(e.getKey()))).toList();
  }

  private static String service(ResourceKind kind) {
    return switch (kind.reconciliation()) {
      case API -> kind == ResourceKind.CAS_BLOCKED_LISTS ? CAS : APEX_CENTRAL;
      case CONSOLE, CHECK -> MANAGEMENT;
    };
  }

  private static Optional<Integer> of(Change c, KindHandling handling) {
    ResourceKind kind = c.address().kind();
    if (c.kind() == ChangeKind.MANUAL || !handling.byApiCalls()) {
      return Optional.empty();
    }
    boolean create = c.kind() == ChangeKind.CREATE;
    boolean delete = c.kind() == ChangeKind.DELETE;
    return Optional.of(switch (kind) {
      // One PUT adds or overwrites an object, one DELETE removes it.
      case SUSPICIOUS_OBJECT -> 1;
      // One POST for the entries to add and one for those to remove.
      case CAS_BLOCKED_LISTS -> blockedListPosts(c);
      case CAS_SERVICE_ACCOUNT -> create || delete ? 1 : 0;
      case CAS_POLICY, CLOUD_SERVICE_SETTINGS, AD_SYNC -> 1;
      // A rotation creates the new token, then deletes the old one.
      case CAS_TOKEN -> create || delete ? 1 : 2;
      // Issued and run; on the same server a tool is only run, and only if it never was.
      case AD_SYNC_TOOL -> create || changed(c, "server") ? 2 : c.attributes().stream().anyMatch(a -> a.before().isEmpty()) ? 1 : 0;
      // The policy, then its deployment unless the file turns deployment off, then its place when it has one.
      case APEXONE_POLICY -> {
        boolean deploys = c.attributes().stream().noneMatch(a -> a.name().equals("deploy") && a.after().equals(Optional.of(Value.FALSE)));
        boolean placed = c.attributes().stream().anyMatch(a -> a.name().equals("priority") && a.after().isPresent());
        yield delete ? 1 : 1 + (deploys ? 1 : 0) + (deploys && placed ? 1 : 0);
      }
      case LICENCE, DOTNET, EMAIL_CLIENT, SENSOR_COVERAGE, READINESS -> 0;
    });
  }

  private static boolean changed(Change c, String attribute) {
    return c.attributes().stream().anyMatch(a -> a.name().equals(attribute));
  }

  private static int blockedListPosts(Change c) {
    boolean adds = false;
    boolean removes = false;
    for (AttributeChange a : c.attributes()) {
      Set<Value> before = new HashSet<>(a.before().map(Value::items).orElse(List.of()));
      Set<Value> after = new HashSet<>(a.after().map(Value::items).orElse(List.of()));
      adds |= !before.containsAll(after);
      removes |= !after.containsAll(before);
    }
    return (adds ? 1 : 0) + (removes ? 1 : 0);
  }
}
