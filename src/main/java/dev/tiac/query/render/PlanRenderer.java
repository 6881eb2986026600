package dev.tiac.query.render;

import dev.tiac.query.plan.PlannedCall;
import dev.tiac.query.plan.QueryPlan;
import dev.tiac.query.source.Service;
import dev.tiac.time.ShownTime;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code tiac query --dry-run}: each query's scope and the calls it will make against the limits. */
public final class PlanRenderer {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PlanRenderer() {}

  public static String render(List<QueryPlan> plans, Format format) {
    return format == Format.json ? json(plans) : text(plans, format == Format.markdown || format == Format.html);
  }

  private static String text(List<QueryPlan> plans, boolean markdown) {
    StringBuilder out = new StringBuilder();
    for (QueryPlan p : plans) {
      out.append(markdown ? "## " : "").append(p.query().name()).append(" (dry run)\n");
      out.append(markdown ? "- " : "  ").append("window: ").append(ShownTime.of(p.query().window().start())).append(" .. ")
          .append(ShownTime.of(p.query().window().end())).append(" (").append(p.query().window().length().toDays()).append(" days)\n");
      out.append(markdown ? "- " : "  ").append("from: ").append(p.query().start()).append('\n');
      out.append(markdown ? "- " : "  ").append("mailboxes: ").append(p.mailboxes()).append('\n');
      out.append(markdown ? "- " : "  ").append("endpoints: ").append(p.endpoints()).append('\n');
      out.append(markdown ? "- " : "  ").append("calls, in order:\n");
      for (PlannedCall c : p.calls()) {
        out.append(markdown ? "  - " : "    ").append(c.service().title()).append(": ").append(c.operation())
            .append(" — at least ").append(c.atLeast()).append(c.perData().isEmpty() ? "" : ", " + c.perData())
            .append(" (").append(c.why()).append(")\n");
      }
      for (Service s : Service.values()) {
        out.append(markdown ? "- " : "  ").append(s.title()).append(": at least ").append(p.atLeast(s))
            .append(" request(s); limit ").append(s.limit()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String json(List<QueryPlan> plans) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", "tiac.dev/query-plan/v1");
    ArrayNode list = root.putArray("plans");
    for (QueryPlan p : plans) {
      ObjectNode n = list.addObject();
      n.put("name", p.query().name());
      n.putObject("window").put("start", ShownTime.iso(p.query().window().start())).put("end", ShownTime.iso(p.query().window().end()));
      n.put("mailboxes", p.mailboxes());
      n.put("endpoints", p.endpoints());
      ArrayNode calls = n.putArray("calls");
      p.calls().forEach(c -> calls.addObject().put("service", c.service().name()).put("operation", c.operation())
          .put("atLeast", c.atLeast()).put("perData", c.perData()).put("why", c.why()));
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
