package dev.tiac.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the real APIs show about a console setting no API can read: the attributes they vouch for,
 * whether they show the object gone, and in words what was seen. Silence is not absence: an API
 * that shows nothing leaves the setting as last attested, and the plan says so.
 */
public record Evidence(Presence presence, Map<String, Value> vouched, List<String> seen) {
  public Evidence {
    vouched = Map.copyOf(new TreeMap<>(vouched));
    seen = List.copyOf(seen);
    if (presence != Presence.SHOWN && !vouched.isEmpty()) {
      throw new IllegalArgumentException("only evidence that shows an object can vouch for its attributes");
    }
  }

  public enum Presence {
    /** The APIs show the object at work; {@code vouched} holds what they show of it. */
    SHOWN,
    /** The APIs positively show it is not there, e.g. a token refused as not found. */
    GONE,
    /** The APIs show nothing either way. */
    SILENT
  }

  public static Evidence shown(Map<String, Value> vouched, List<String> seen) {
    return new Evidence(Presence.SHOWN, vouched, seen);
  }

  public static Evidence gone(String seen) {
    return new Evidence(Presence.GONE, Map.of(), List.of(seen));
  }

  public static Evidence silent(List<String> seen) {
    return new Evidence(Presence.SILENT, Map.of(), seen);
  }

  public static Evidence silent(String seen) {
    return silent(List.of(seen));
  }

  /** Both pieces of evidence at once: gone outweighs shown, shown outweighs silence. */
  public Evidence and(Evidence other) {
    List<String> lines = new ArrayList<>(seen);
    lines.addAll(other.seen);
    if (presence == Presence.GONE || other.presence == Presence.GONE) {
      return new Evidence(Presence.GONE, Map.of(), lines);
    }
    if (presence == Presence.SHOWN || other.presence == Presence.SHOWN) {
      Map<String, Value> both = new TreeMap<>(vouched);
      both.putAll(other.vouched);
      return new Evidence(Presence.SHOWN, both, lines);
    }
    return new Evidence(Presence.SILENT, Map.of(), lines);
  }
}
