package dev.tiac.contract;

import java.util.Optional;

/**
 * One attribute's before and after. Sensitive attributes carry no value at all, only whether they
 * change; renderers print "(sensitive)".
 */
public record AttributeChange(String name, Optional<Value> before, Optional<Value> after, boolean sensitive) {
  /** What a sensitive attribute carries in place of its value. */
  public static final Value SENSITIVE = Value.text("(sensitive)");

  public static AttributeChange plain(String name, Optional<Value> before, Optional<Value> after) {
    return new AttributeChange(name, before, after, false);
  }

  public static AttributeChange secret(String name, boolean hadValue) {
    return new AttributeChange(name, hadValue ? Optional.of(SENSITIVE) : Optional.empty(), Optional.of(SENSITIVE), true);
  }
}
