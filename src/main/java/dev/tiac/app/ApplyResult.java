package dev.tiac.app;

import dev.tiac.apply.Outcome;
import dev.tiac.contract.Change;
import java.util.List;
import java.util.Optional;

/** How an apply ended ({@link ApplyRun}). All but {@link Applied} applied nothing. */
public sealed interface ApplyResult
    permits ApplyResult.Stale, ApplyResult.Refused, ApplyResult.NoChanges, ApplyResult.MissingLicences, ApplyResult.OverBudget,
        ApplyResult.Declined, ApplyResult.Applied {
  /** The case this result is, handed to its method of {@code cases}. */
  <R> R accept(Cases<R> cases);

  /** One method per way an apply ends: the compiler holds a caller to all of them (Java 17 has no pattern switch). */
  interface Cases<R> {
    R stale(Stale stale);

    R refused(Refused refused);

    R noChanges(NoChanges none);

    R missingLicences(MissingLicences missing);

    R overBudget(OverBudget over);

    R declined(Declined declined);

    R applied(Applied applied);
  }

  /** A saved plan no longer matches what it was made from. */
  record Stale(String reason) implements ApplyResult {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.stale(this);
    }
  }

  /** Changes or removals without their opt-in, or a saved plan that decides otherwise than the files now. */
  record Refused(List<String> reasons) implements ApplyResult {
    public Refused {
      reasons = List.copyOf(reasons);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.refused(this);
    }
  }

  /** The live services already match the file. */
  record NoChanges() implements ApplyResult {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.noChanges(this);
    }
  }

  /** Failing licence checks: nothing after them in the procedure can work without them. */
  record MissingLicences(List<Change> licences) implements ApplyResult {
    public MissingLicences {
      licences = List.copyOf(licences);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.missingLicences(this);
    }
  }

  /** The run's calls would go over the allowed share of a service's rate limit. */
  record OverBudget(String reason) implements ApplyResult {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.overBudget(this);
    }
  }

  /** The operator did not approve. */
  record Declined() implements ApplyResult {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.declined(this);
    }
  }

  /**
   * The changes were made, each with its outcome.
   *
   * @param deadlinePassed the run's time limit, when it passed before the apply ended
   */
  record Applied(List<Outcome> outcomes, Optional<String> deadlinePassed) implements ApplyResult {
    public Applied {
      outcomes = List.copyOf(outcomes);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.applied(this);
    }
  }
}
