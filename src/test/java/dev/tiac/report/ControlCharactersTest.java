package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import dev.tiac.plan.render.PlanText;
import dev.tiac.plan.render.Style;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Live data with an escape sequence, a bell and a right-to-left override (issue 12, item 7): no
 * text format passes them through raw, every one shows them as the same {@code \\u001b} escapes.
 */
class ControlCharactersTest {
  private static final String ESC = "\u001b";
  private static final String BEL = "\u0007";
  private static final String RLO = "\u202e";

  private static Plan hostile() {
    return SamplePlans.of(
        SamplePlans.change(ResourceKind.SUSPICIOUS_OBJECT, "domain:invoice" + RLO + "fdp.exe", ChangeKind.DELETE, Direction.WEAKENING,
            List.of(AttributeChange.plain("notes", Optional.of(Value.text(ESC + "[2J" + BEL + "cleared")), Optional.empty())), Optional.empty(), false, 7),
        SamplePlans.check(ResourceKind.LICENCE, "Cloud App Security",
            new CheckOutcome(CheckOutcome.Status.FAIL, "portal said " + ESC + "]0;pwned" + BEL, List.of("call " + RLO + "support")), 3));
  }

  @Test
  void noReportFormatCarriesARawControlOrBidiCharacter() {
    Map<String, String> rendered = new java.util.LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      rendered.put(format.id(), Reports.render(format, hostile()));
    }
    rendered.put("plan text", new PlanText(Style.PLAIN).render(hostile()));
    for (var entry : rendered.entrySet()) {
      String text = entry.getValue();
      for (String raw : List.of(ESC, BEL, RLO)) {
        assertFalse(text.contains(raw), entry.getKey() + " carries U+" + String.format("%04X", (int) raw.charAt(0)) + ":\n" + text);
      }
    }
    for (String format : List.of("markdown", "html", "junit", "plan text")) {
      assertTrue(rendered.get(format).contains("u202e"), format + " shows the override as an escape:\n" + rendered.get(format));
      assertTrue(rendered.get(format).contains("u001b"), format + " shows the escape character as an escape:\n" + rendered.get(format));
    }
  }
}
