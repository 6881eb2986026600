package dev.tiac.sandbox.world;

import java.util.List;
import java.util.Optional;

/** A directory user; {@code manager} is the index of another user. */
public record User(
    String sam, String upn, String mail, String displayName, String department,
    Optional<Integer> manager, List<String> groups, String guid) {
  public User {
    groups = List.copyOf(groups);
  }
}
