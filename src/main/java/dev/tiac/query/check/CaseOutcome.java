package dev.tiac.query.check;

import java.time.Duration;
import java.util.List;

/** How one test case of an investigation came out: what differed (nothing when it passed) and how long it took. */
public record CaseOutcome(String investigation, String name, List<String> problems, Duration took) {
  public CaseOutcome {
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }
}
