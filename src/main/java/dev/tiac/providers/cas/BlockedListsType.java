package dev.tiac.providers.cas;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Creator;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Unreadable;
import dev.tiac.contract.spi.Updater;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cloud App Security blocked lists. The lists are shared with whoever else edits them, so tiac
 * sees only the entries it declares or applied before: another team's entries are never planned
 * for removal.
 */
public final class BlockedListsType implements ResourceType, Creator, Updater {
  public static final Address ADDRESS = Address.of(ResourceKind.CAS_BLOCKED_LISTS, "mails");
  private static final List<String> LISTS = List.of("senders", "urls", "fileSha1", "fileSha256");

  private final CasClient client;
  private final Map<String, Value> declared;

  /** {@code declared} is the desired attributes, when the file has blocked lists. */
  public BlockedListsType(CasClient client, Map<String, Value> declared) {
    this.client = client;
    this.declared = Map.copyOf(declared);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_BLOCKED_LISTS;
  }

  @Override
  public List<LiveResource> list(ReadContext context) {
    BlockedLists live;
    try {
      live = client.blockedLists();
    } catch (CasException e) {
      if (!e.licenceRefused()) {
        throw e;
      }
      // Without the licence nothing can be read or changed here; the rest of the plan still stands.
      throw new Unreadable(CheckOutcome.api(CheckOutcome.Status.FAIL, "Cloud App Security GET /v1/remediation/mails",
          "Cloud App Security refused to read the blocked lists for a licence reason (403 \"" + e.serverMessage()
              + "\"), so nothing is planned for them",
          List.of("Renew or add the Cloud App Security licence on the Customer Licensing Portal (the licence check clp.licence[\"cloudAppSecurity\"] names the account), then plan again")));
    }
    Map<String, Value> applied = context.lastApplied().apply(ADDRESS).orElse(Map.of());
    Map<String, Value> attributes = new HashMap<>();
    Map<String, List<String>> byName = Map.of("senders", live.senders(), "urls", live.urls(), "fileSha1", live.fileSha1(), "fileSha256", live.fileSha256());
    for (String list : LISTS) {
      Set<String> managed = new HashSet<>(entries(declared.get(list)));
      managed.addAll(entries(applied.get(list)));
      List<String> seen = new ArrayList<>();
      for (String entry : byName.get(list)) {
        String canonical = list.equals("urls") ? entry : entry.toLowerCase(Locale.ROOT);
        if (managed.contains(canonical)) {
          seen.add(canonical);
        }
      }
      attributes.put(list, Value.set(seen));
    }
    if (applied.isEmpty() && attributes.values().stream().allMatch(v -> v.items().isEmpty())) {
      return List.of();
    }
    return List.of(LiveResource.of(ADDRESS, attributes));
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    return update(desired, LiveResource.of(ADDRESS, Map.of()));
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    Map<String, List<String>> add = new HashMap<>();
    Map<String, List<String>> remove = new HashMap<>();
    for (String list : LISTS) {
      Set<String> wanted = new HashSet<>(entries(desired.attributes().get(list)));
      Set<String> present = new HashSet<>(entries(live.attributes().get(list)));
      add.put(list, wanted.stream().filter(e -> !present.contains(e)).sorted().toList());
      remove.put(list, present.stream().filter(e -> !wanted.contains(e)).sorted().toList());
    }
    BlockedLists additions = lists(add);
    if (!additions.isEmpty()) {
      client.addToBlockedLists(additions);
    }
    BlockedLists removals = lists(remove);
    if (!removals.isEmpty()) {
      client.removeFromBlockedLists(removals);
    }
    return LiveResource.of(ADDRESS, desired.attributes());
  }

  private static BlockedLists lists(Map<String, List<String>> entries) {
    return new BlockedLists(entries.get("senders"), entries.get("urls"), entries.get("fileSha1"), entries.get("fileSha256"));
  }

  /** The entries of a list attribute; none when it is absent. */
  private static List<String> entries(Value list) {
    return list == null ? List.of() : list.texts();
  }
}
