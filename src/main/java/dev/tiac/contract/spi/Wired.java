package dev.tiac.contract.spi;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Service;
import java.util.List;
import java.util.Optional;

/**
 * What a kind contributes to one run ({@link KindDefinition#wire}): the type that reads it (and,
 * where it implements them, creates, updates or deletes it) or the checker that makes it, and the
 * calls its refresh costs. Nothing at all where the run reaches none of its services.
 */
public record Wired(Optional<ResourceType> reader, Optional<Checker> checker, List<ApiCost> refresh) {
  /** Nothing this run can read or check of the kind. */
  public static final Wired NONE = new Wired(Optional.empty(), Optional.empty(), List.of());

  public Wired {
    refresh = List.copyOf(refresh);
  }

  public static Wired reader(ResourceType type, List<ApiCost> refresh) {
    return new Wired(Optional.of(type), Optional.empty(), refresh);
  }

  public static Wired checker(Checker checker, List<ApiCost> refresh) {
    return new Wired(Optional.empty(), Optional.of(checker), refresh);
  }

  /** {@code calls} refresh calls to {@code service}; none when there are none. */
  public static List<ApiCost> calls(Service service, int calls) {
    return calls == 0 ? List.of() : List.of(new ApiCost(service.title(), calls, service.limit()));
  }
}
