package dev.tiac.contract;

/** How a kind of resource is brought to its desired state (DESIGN.md, "Shape of the tool"). */
public enum Reconciliation {
  /** A documented API reads, creates, updates and deletes it. */
  API,
  /** Only a console changes it: a runbook step or the management API driver, then verified by evidence. */
  CONSOLE,
  /** Never changed: reported pass, fail or unknown with its evidence. */
  CHECK
}
