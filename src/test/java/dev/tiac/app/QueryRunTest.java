package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.query.Queries;
import dev.tiac.query.Setup;
import dev.tiac.query.respond.ResponsePlan;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.tenant.TenantSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investigation's responses are carried out only once approved, decided by the use case: the
 * sample's invoice-phish over a sandbox whose planted chain it finds.
 */
class QueryRunTest {
  @TempDir Path dir;
  SandboxRuns runs;
  Sandbox sandbox;

  @BeforeEach
  void setUpForCorrelation() throws IOException {
    runs = new SandboxRuns(dir);
    sandbox = Sandbox.start(SandboxOptions.defaults(runs.stateDir.resolve("sandbox")));
    // What an apply of the sample leaves for the mail side.
    sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
    sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
  }

  /** An operator who approves or not, and keeps the plans shown. */
  static final class Operator implements QueryRun.Operator {
    final boolean approve;
    final List<ResponsePlan> shown = new ArrayList<>();

    Operator(boolean approve) {
      this.approve = approve;
    }

    @Override
    public void show(List<ResponsePlan> plans) {
      shown.addAll(plans);
    }

    @Override
    public boolean approves(List<ResponsePlan> plans) {
      return approve;
    }
  }

  /** The investigation's result and responses, and the tenant's data before and after the responses. */
  private record Responded(QueryRun.Result result, QueryRun.Responses responses, TenantSnapshot before, TenantSnapshot after) {}

  private Responded invoicePhish(boolean autoApprove, Operator operator) {
    Clock clock = Clock.systemUTC();
    Run run = runs.over(sandbox);
    // The session owns the run: closing it stops the sandbox.
    try (QuerySession session = QuerySession.open(run, clock, new PrintWriter(Writer.nullWriter()))) {
      QueryRun query = new QueryRun(session.sources(), Setup.of(run.config().state()));
      QueryRun.Result result = query.run(Queries.select(run.config().state(), List.of("invoice-phish"), clock));
      TenantSnapshot before = sandbox.checkpoint().tenant();
      QueryRun.Responses responses = query.respond(result, autoApprove, operator);
      return new Responded(result, responses, before, sandbox.checkpoint().tenant());
    }
  }

  @Test
  void declinedResponsesChangeNothing() {
    Operator operator = new Operator(false);
    Responded run = invoicePhish(false, operator);
    assertTrue(run.result().matched(), run.result().toString());
    assertFalse(run.result().unanswered());
    assertFalse(operator.shown.isEmpty(), "the responses were not shown before the question");
    assertInstanceOf(QueryRun.Declined.class, run.responses());
    assertEquals(run.before(), run.after(), "a declined response changed the tenant");
  }

  @Test
  void approvedInAdvanceTheResponsesRunWithoutAsking() {
    Operator operator = new Operator(false);
    Responded run = invoicePhish(true, operator);
    QueryRun.Ran ran = assertInstanceOf(QueryRun.Ran.class, run.responses());
    assertTrue(ran.allDone(), ran.outcomes().toString());
    assertTrue(run.after().isolation().size() > run.before().isolation().size(), "no endpoint was isolated: " + run.after());
  }
}
