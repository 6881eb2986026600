package dev.tiac.contract;

import java.util.Optional;

/**
 * One attribute's before and after. Sensitive attributes carry no value at all, only whether they
 * change; renderers print "(sensitive)".
 */
public record AttributeChange(String name, Optional<String> before, Optional<String> after, boolean sensitive) {
  public static AttributeChange plain(String name, Optional<String> before, Optional<String> after) {
    return new AttributeChange(name, before, after, false);
  }

  public static AttributeChange secret(String name, boolean hadValue) {
    return new AttributeChange(name, hadValue ? Optional.of("(sensitive)") : Optional.empty(), Optional.of("(sensitive)"), true);
  }
}
