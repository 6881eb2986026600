package dev.tiac.state;

import java.util.HashMap;
import java.util.Map;

/**
 * Encodes the successive states one backend saves. An apply saves after every mutating call, and
 * each save is the whole file: encoding every entry each time made the saves of an n-change apply
 * O(n²) in JSON work. Snapshots share the entries they did not change, so an entry that is the
 * very same object as last time reuses its bytes; only new or changed entries are encoded.
 */
public final class StateEncoder {
  private record Encoded(ResourceState resource, StateCodec.Entry entry) {}

  private Map<String, Encoded> last = new HashMap<>();

  public synchronized byte[] encode(State state) {
    Map<String, Encoded> next = new HashMap<>(state.resources().size() * 2);
    byte[] bytes = StateCodec.write(state, resource -> {
      Encoded known = last.get(resource.address());
      // Identity, not equality: equal would compare whole attribute trees, and entries are immutable.
      Encoded encoded = known != null && known.resource() == resource ? known : new Encoded(resource, StateCodec.entry(resource));
      next.put(resource.address(), encoded);
      return encoded.entry();
    });
    last = next; // only the entries of the latest state are kept
    return bytes;
  }
}
