package dev.tiac.apply;

import dev.tiac.contract.Change;

/** How a console change without an automatic driver gets done: a person, confirmed or attested. */
public interface ManualSteps {
  /** Returns true once the change is confirmed done; false leaves it pending, not failed. */
  boolean perform(Change change);
}
