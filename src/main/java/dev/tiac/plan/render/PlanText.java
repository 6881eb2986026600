package dev.tiac.plan.render;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.diff.Removal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as a person reads it in a terminal, Terraform-like: weakening changes first and marked,
 * then the other changes, then checks with their evidence, the settings that stand only on an
 * attestation, API cost, warnings, and the summary line last. The same plan and style always give
 * the same text.
 */
public final class PlanText {
  private final Style style;

  public PlanText(Style style) {
    this.style = style;
  }

  public String render(Plan plan) {
    List<String> lines = new ArrayList<>();
    header(plan, lines);
    List<Change> weakening = plan.changes().stream().filter(ChangeText::isWeakening).toList();
    List<Change> others = plan.changes().stream()
        .filter(c -> c.isAction() && !ChangeText.isWeakening(c)).toList();
    List<Change> checks = plan.changes().stream().filter(c -> c.kind() == ChangeKind.CHECK).toList();
    ChangeText changeText = new ChangeText(style, lines::add, a -> plan.removals().stream()
        .filter(r -> r.address().equals(a)).findFirst().flatMap(Removal::grantedBy));
    section(lines, style.boldRed("Changes that WEAKEN SECURITY") + " (each needs an opt-in):", weakening, changeText);
    section(lines, style.bold("Changes:"), others, changeText);
    section(lines, style.bold("Checks:"), checks, changeText);
    section(lines, style.bold("Not verifiable by API") + " (each stands on an attestation; not drift, and not verified):",
        plan.changes().stream().filter(c -> c.kind() == ChangeKind.NO_CHANGE && c.unverified().isPresent()).toList(), changeText);
    removals(plan, lines);
    costs(plan, lines);
    warnings(plan, lines);
    long refused = plan.changes().stream().filter(c -> c.isAction() && c.isRefused()).count();
    if (refused > 0) {
      lines.add(style.boldRed(refused + " change" + (refused == 1 ? " is" : "s are") + " refused")
          + ": apply makes none of them until the file opts in.");
      lines.add("");
    }
    long removals = plan.removals().stream().filter(Removal::isRefused).count();
    if (removals > 0) {
      lines.add(style.boldRed(removals + " removal" + (removals == 1 ? " is" : "s are") + " refused")
          + ": apply makes no change until the opt-in" + (removals == 1 ? " that names it is" : "s that name them are") + " taken off.");
      lines.add("");
    }
    lines.add(style.bold(plan.summary()));
    return String.join("\n", lines) + "\n";
  }

  public void write(Plan plan, Writer out) {
    try {
      out.write(render(plan));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Plan plan, List<String> lines) {
    lines.add(style.bold("tiac plan for setup " + Printable.quoted(plan.setup()))
        + " (lineage " + Printable.clean(plan.lineage()) + ", serial " + plan.serial() + ")");
    long unchanged = plan.changes().stream().filter(c -> c.kind() == ChangeKind.NO_CHANGE && c.unverified().isEmpty()).count();
    if (unchanged > 0) {
      lines.add(unchanged + " resource" + (unchanged == 1 ? " is" : "s are") + " up to date and not listed.");
    }
    lines.add("");
    if (plan.changes().stream().anyMatch(ChangeText::isShown)) {
      lines.add("Symbols: " + style.green("+") + " create, " + style.yellow("~") + " update, "
          + style.red("-") + " destroy, " + style.red("-/+") + " replace, " + style.yellow("!")
          + " manual step, ? check");
      lines.add("");
    }
    if (plan.isEmpty()) {
      lines.add(style.green("No changes.") + " The live services match the desired state and every check passes.");
      lines.add("");
    } else if (!plan.hasDrift()) {
      lines.add(style.green("No changes.") + " Nothing was shown to differ from the desired state; what no API could show is"
          + " listed below as unknown or not verifiable by API, never as passing.");
      lines.add("");
    }
  }

  private static void section(List<String> lines, String title, List<Change> changes, ChangeText changeText) {
    if (changes.isEmpty()) {
      return;
    }
    lines.add(title);
    lines.add("");
    for (Change change : changes) {
      changeText.render(change);
      lines.add("");
    }
  }

  /** Resources the file no longer declares that this plan does not delete, each with its reason. */
  private void removals(Plan plan, List<String> lines) {
    List<Removal> notDeleted = plan.removals().stream().filter(r -> r.decision() != Removal.Decision.DELETE).toList();
    if (notDeleted.isEmpty()) {
      return;
    }
    lines.add(style.bold("Removed from the file, not deleted:"));
    lines.add("");
    for (Removal r : notDeleted) {
      boolean refused = r.isRefused();
      lines.add("  " + (refused ? style.red("x") : "=") + " " + Printable.clean(r.address().toString())
          + (refused ? " " + style.boldRed("refused") : " is kept"));
      lines.add("      " + Printable.clean(r.reason()));
      lines.add("");
    }
  }

  private void costs(Plan plan, List<String> lines) {
    if (plan.cost().isEmpty()) {
      return;
    }
    lines.add(style.bold("API cost of this run:"));
    for (ApiCost cost : plan.cost()) {
      lines.add("  " + Printable.clean(cost.service()) + ": " + cost.calls() + " call" + (cost.calls() == 1 ? "" : "s")
          + " (" + cost.refresh() + " to refresh, " + cost.apply() + " to apply; limit " + Printable.clean(cost.limit()) + ")");
    }
    lines.add("");
  }

  private void warnings(Plan plan, List<String> lines) {
    for (String warning : plan.warnings()) {
      lines.add(style.yellow("Warning: ") + Printable.clean(warning));
    }
    if (!plan.warnings().isEmpty()) {
      lines.add("");
    }
  }
}
