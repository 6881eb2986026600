package dev.tiac.apply;

import dev.tiac.contract.Address;

/** What happened to one planned change. */
public record Outcome(Address address, Status status, String detail) {
  public enum Status {
    APPLIED,
    FAILED,
    SKIPPED,
    /** A console step printed and awaiting the operator's confirmation or {@code tiac attest}. */
    PENDING,
    REFUSED
  }
}
