package dev.tiac.apply;

import dev.tiac.contract.Address;
import dev.tiac.contract.LiveResource;
import java.util.List;
import java.util.Map;

/**
 * Where apply writes down each finished change before starting another that depends on it. The
 * engine calls it from several threads; implementations serialise the writes.
 */
public interface StateRecorder {
  /** The object now exists as {@code live}; {@code created} when this run made it. */
  void applied(Address address, LiveResource live, boolean created, Map<String, String> secrets);

  void deleted(Address address);

  /**
   * Before the first call: these objects are about to be created. An object the service made
   * whose answer never arrived is then still known to be tiac's on the next run.
   */
  void creating(List<Address> addresses);
}
