package dev.tiac.config.load;

import java.util.List;

/** JSON pointers (RFC 6901), the address every diagnostic and schema error carries. */
public final class Pointers {
  private Pointers() {}

  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  public static String of(List<?> segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** Splits a pointer into unescaped segments; the root "" has none. */
  public static List<String> segments(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
        .map(s -> s.replace("~1", "/").replace("~0", "~"))
        .toList();
  }
}
