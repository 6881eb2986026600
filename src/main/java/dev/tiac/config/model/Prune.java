package dev.tiac.config.model;

import java.util.List;

/**
 * The file's removal opt-ins ({@code prune:}): addresses, or patterns whose key ends in
 * {@code *}, of resources apply may delete once the file no longer declares them. They live at the
 * top level because a resource's own entry is gone once it is removed.
 */
public record Prune(List<String> allow) {
  public Prune {
    allow = Lists.of(allow);
  }
}
