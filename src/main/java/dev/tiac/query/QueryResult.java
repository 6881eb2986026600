package dev.tiac.query;

import java.util.List;

/** What one query found: its findings, every chain it built, rejected evidence, notes and calls. */
public record QueryResult(
    Query query,
    Status status,
    List<Finding> findings,
    List<Chain> chains,
    List<Rejection> rejected,
    List<String> notes,
    List<Prerequisite> missing,
    CallReport calls) {
  public QueryResult {
    findings = List.copyOf(findings);
    chains = List.copyOf(chains);
    rejected = List.copyOf(rejected);
    notes = List.copyOf(notes);
    missing = List.copyOf(missing);
  }

  public enum Status {
    /** At least one finding. */
    MATCHED,
    /** Searched and found nothing that is a finding: a clean success. */
    CLEAN,
    /** The setup lacks what the query needs; {@link #missing()} says what. */
    PREREQUISITE_MISSING,
    /** A service failed; the notes say how. */
    FAILED
  }
}
