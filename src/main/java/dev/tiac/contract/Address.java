package dev.tiac.contract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of a resource, e.g. {@code cas.policy["Default Exchange Policy ATP"]}: its kind
 * and the key that identifies it within the kind. State, plans, reports and {@code ${ref:…}} use it.
 */
public record Address(ResourceKind kind, String key) implements Comparable<Address> {
  private static final Pattern SHAPE = Pattern.compile("^([a-z]+\\.[A-Za-z]+)\\[\"(.*)\"\\]$");

  public static Address of(ResourceKind kind, String key) {
    return new Address(kind, key);
  }

  public static Optional<Address> parse(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return ResourceKind.byType(m.group(1)).map(kind -> new Address(kind, m.group(2)));
  }

  @Override
  public String toString() {
    return kind.type() + "[\"" + key + "\"]";
  }

  @Override
  public int compareTo(Address other) {
    int byKind = Integer.compare(kind.ordinal(), other.kind.ordinal());
    return byKind != 0 ? byKind : key.compareTo(other.key);
  }
}
