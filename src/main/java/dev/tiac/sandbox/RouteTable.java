package dev.tiac.sandbox;

import dev.tiac.sandbox.http.DocumentedRoute;
import java.util.List;
import java.util.function.Function;

/**
 * docs/sandbox-routes.md, generated from the routes' own declarations: for each documented route,
 * whether the sandbox serves it, the rules it enforces, and which tests replay the captured real
 * response against the client's parser ({@code replayedBy} maps a wire file to those tests).
 */
public final class RouteTable {
  private RouteTable() {}

  public static String markdown(List<DocumentedRoute> routes, Function<String, List<String>> replayedBy) {
    StringBuilder md = new StringBuilder();
    md.append("# Sandbox route coverage\n\n")
        .append("Generated from the sandbox's route declarations by `SandboxRouteTableTest` (it fails when this file is out of date;\n")
        .append("regenerate with `./mvnw -B -q -o test -Dtest=SandboxRouteTableTest -Dtiac.regenerate=true`).\n")
        .append("Every rule listed is enforced: a request that breaks one is refused with the documented status and envelope\n")
        .append("(see [the sandbox](sandbox.md#strictness)). Authentication, the CAS rate limit and API types apply to every route\n")
        .append("and are not repeated here. A captured response is a file of the reference's `wire/`; the last column names the client\n")
        .append("tests that parse it, and `WireShapeTest` checks that the sandbox answers the route in the same shape.\n\n");
    String service = "";
    for (int i = 0; i < routes.size(); i++) {
      DocumentedRoute r = routes.get(i);
      if (!r.service().equals(service)) {
        service = r.service();
        md.append(service.equals("cas") ? "## Cloud App Security\n\n" : "## Apex Central\n\n")
            .append("| method | path | served | rules enforced | captured response replayed by |\n")
            .append("|---|---|---|---|---|\n");
      }
      String path = "`" + r.path() + "`" + (r.operation().isEmpty() ? "" : " `" + r.operation() + "`");
      String rules = r.constraints().isEmpty() ? (r.served() ? "none documented" : "") : String.join("<br>", r.constraints());
      md.append("| ").append(r.method()).append(" | ").append(path).append(" | ").append(r.served() ? "yes" : r.operation().isEmpty() ? "no (404)" : "no (Message not OK)")
          .append(" | ").append(escape(rules)).append(" | ").append(escape(replays(r, replayedBy))).append(" |\n");
      if (i == routes.size() - 1 || !routes.get(i + 1).service().equals(service)) {
        md.append('\n');
      }
    }
    return md.toString();
  }

  private static String replays(DocumentedRoute r, Function<String, List<String>> replayedBy) {
    if (r.wire().isEmpty()) {
      return r.served() ? "no capture" : "";
    }
    StringBuilder s = new StringBuilder();
    for (String file : r.wire()) {
      List<String> tests = replayedBy.apply(file);
      s.append(s.isEmpty() ? "" : "; ").append('`').append(file).append("` ")
          .append(tests.isEmpty() ? "not replayed" : "→ " + String.join(", ", tests));
    }
    return s.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }
}
