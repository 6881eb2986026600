package dev.tiac.providers;

import dev.tiac.plan.Address;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What a read may know besides the service: the attributes tiac last applied, from state. */
public record ReadContext(Function<Address, Optional<Map<String, String>>> lastApplied) {
  public static ReadContext empty() {
    return new ReadContext(a -> Optional.empty());
  }
}
