package dev.tiac.app;

import dev.tiac.progress.Progress;
import dev.tiac.query.Query;
import dev.tiac.query.QueryEngine;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Setup;
import dev.tiac.query.respond.ResponseExecutor;
import dev.tiac.query.respond.ResponseOutcome;
import dev.tiac.query.respond.ResponsePlan;
import dev.tiac.query.source.QuerySources;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tiac query}: runs the file's investigations over a run's sources; then, when asked, plans
 * the respond actions of their findings and carries them out once the operator approves, as apply
 * does.
 */
public final class QueryRun {
  private final QuerySources sources;
  private final Setup setup;

  public QueryRun(QuerySources sources, Setup setup) {
    this.sources = sources;
    this.setup = setup;
  }

  /** Each investigation's answer. */
  public record Result(List<QueryResult> results) {
    public Result {
      results = List.copyOf(results);
    }

    /** Some investigation could not answer: it failed, or something it needs is missing. */
    public boolean unanswered() {
      return results.stream().anyMatch(r -> r.status() == QueryResult.Status.FAILED || r.status() == QueryResult.Status.PREREQUISITE_MISSING);
    }

    /** Some investigation found something. */
    public boolean matched() {
      return results.stream().anyMatch(r -> r.status() == QueryResult.Status.MATCHED);
    }
  }

  public Result run(List<Query> queries) {
    return run(queries, Progress.NONE);
  }

  /** As {@link #run(List)}, telling {@code progress} each investigation as it ends and each sweep's pages. */
  public Result run(List<Query> queries, Progress progress) {
    return new Result(new QueryEngine(sources, setup, progress).run(queries));
  }

  /** The person responses answer to; the use case itself reads and writes no terminal. */
  public interface Operator {
    /** The responses planned, shown before anything is asked or done. */
    void show(List<ResponsePlan> plans);

    /** Asked once, unless approved in advance: true to carry the responses out. */
    boolean approves(List<ResponsePlan> plans);
  }

  /** How a respond step ended. */
  public sealed interface Responses permits NoneToRun, Declined, Ran {
    /** The case this is, handed to its method of {@code cases}. */
    <R> R accept(Cases<R> cases);
  }

  /** One method per way a respond step ends (Java 17 has no pattern switch). */
  public interface Cases<R> {
    R noneToRun();

    R declined();

    R ran(Ran ran);
  }

  /** No finding has a respond block. */
  public record NoneToRun() implements Responses {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.noneToRun();
    }
  }

  /** The operator did not approve: nothing was changed. */
  public record Declined() implements Responses {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.declined();
    }
  }

  /** The responses were carried out, each with its outcome. */
  public record Ran(List<ResponseOutcome> outcomes) implements Responses {
    public Ran {
      outcomes = List.copyOf(outcomes);
    }

    public boolean allDone() {
      return outcomes.stream().allMatch(ResponseOutcome::done);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.ran(this);
    }
  }

  /** Plans the findings' responses, shows them, and carries them out once approved ({@code autoApprove}: without asking). */
  public Responses respond(Result result, boolean autoApprove, Operator operator) {
    List<ResponsePlan> plans = result.results().stream().map(ResponsePlan::of).filter(p -> !p.actions().isEmpty()).toList();
    if (plans.isEmpty()) {
      return new NoneToRun();
    }
    operator.show(plans);
    if (!autoApprove && !operator.approves(plans)) {
      return new Declined();
    }
    List<ResponseOutcome> outcomes = new ArrayList<>();
    ResponseExecutor executor = new ResponseExecutor(sources.responder());
    plans.forEach(p -> outcomes.addAll(executor.execute(p)));
    return new Ran(outcomes);
  }
}
