package dev.tiac.plan.render;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** One change as Terraform users expect to read it, plus what only tiac states about it. */
final class ChangeText {
  /** A failing check can list thousands of hosts; the first ones say enough in a plan. */
  static final int MAX_REMEDY_LINES = 20;

  private static final String BODY = "      ";

  private final Style style;
  private final Consumer<String> out;
  private final Function<Address, Optional<String>> grantedBy;

  /** {@code grantedBy}: the removal opt-in that named a deleted resource, as the plan recorded it. */
  ChangeText(Style style, Consumer<String> out, Function<Address, Optional<String>> grantedBy) {
    this.style = style;
    this.out = out;
    this.grantedBy = grantedBy;
  }

  void render(Change change) {
    out.accept("  " + headline(change));
    change.attributes().forEach(this::attribute);
    change.reach().ifPresent(r -> out.accept(BODY + "touches " + r.count() + " " + Printable.clean(r.unit())));
    change.consequence().ifPresent(c -> out.accept(BODY + style.red("destructive: ") + Printable.clean(c)));
    if (change.needsOptIn() && change.isAction()) {
      out.accept(BODY + (change.optedIn()
          ? "opted in: " + Printable.clean(grantedBy.apply(change.address()).orElse(OptInHint.granted(change)))
          : style.boldRed("refused: ") + Printable.clean(OptInHint.sentence(change))));
    }
    if (!change.steps().isEmpty()) {
      out.accept(BODY + "runbook:");
      List<String> steps = change.steps();
      for (int i = 0; i < steps.size(); i++) {
        out.accept(BODY + "  " + (i + 1) + ". " + Printable.clean(steps.get(i)));
      }
    }
    change.unverified().ifPresent(u -> out.accept(BODY + style.yellow("unverified: ") + Printable.clean(u.describe())));
    change.check().ifPresent(this::check);
    change.declaredAt().ifPresent(at -> out.accept(BODY + "declared at " + Printable.clean(at.toString())));
  }

  private String headline(Change change) {
    String symbol = symbol(change);
    String line = symbol + " " + Printable.clean(change.address().toString()) + " " + verb(change);
    if (change.direction() == Direction.WEAKENING && change.isAction()) {
      line += "  " + style.boldRed("[WEAKENS SECURITY]");
    } else if (change.direction() == Direction.STRENGTHENING && change.isAction()) {
      line += "  " + style.green("[STRENGTHENS SECURITY]");
    }
    return line;
  }

  private String symbol(Change change) {
    if (change.replaces()) {
      return style.red(ChangeKind.REPLACE.symbol());
    }
    String s = change.kind().symbol();
    return switch (change.kind()) {
      case CREATE -> style.green(s);
      case UPDATE, MANUAL -> style.yellow(s);
      case DELETE, REPLACE -> style.red(s);
      case CHECK -> change.check().map(o -> o.status() == CheckOutcome.Status.PASS ? style.green(s) : style.red(s)).orElse(s);
      case NO_CHANGE -> "=";
    };
  }

  private static String verb(Change change) {
    return switch (change.kind()) {
      case CREATE -> "will be created";
      case UPDATE -> "will be updated in place";
      case DELETE -> "will be destroyed";
      case REPLACE -> "must be replaced";
      case MANUAL -> change.replaces() ? "must be replaced, by manual steps in the console" : "needs manual steps in the console";
      case CHECK -> "is checked: " + change.check().map(o -> o.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("not run");
      case NO_CHANGE -> change.unverified().isPresent() ? "stands as attested" : "is up to date";
    };
  }

  /** An attribute's change, one line for a scalar and a block for a list or map, markers coloured. */
  private void attribute(AttributeChange a) {
    for (DiffLine line : DiffLines.of(a)) {
      out.accept(BODY + line.indent() + marker(line.marker()) + " " + line.text());
    }
  }

  private String marker(DiffLine.Marker marker) {
    return switch (marker) {
      case ADD -> style.green(marker.symbol());
      case REMOVE -> style.red(marker.symbol());
      case CHANGE -> style.yellow(marker.symbol());
      case NONE -> marker.symbol();
    };
  }

  private void check(CheckOutcome outcome) {
    out.accept(BODY + "evidence: " + Printable.clean(outcome.evidence()));
    out.accept(BODY + "source: " + Printable.clean(outcome.source().describe()));
    if (outcome.remedy().isEmpty()) {
      return;
    }
    out.accept(BODY + "remedy:");
    List<String> remedy = outcome.remedy();
    remedy.stream().limit(MAX_REMEDY_LINES).forEach(r -> out.accept(BODY + "  - " + Printable.clean(r)));
    if (remedy.size() > MAX_REMEDY_LINES) {
      out.accept(BODY + "  … and " + (remedy.size() - MAX_REMEDY_LINES) + " more");
    }
  }

  static boolean isWeakening(Change change) {
    return change.direction() == Direction.WEAKENING && change.isAction();
  }

  static boolean isShown(Change change) {
    return change.kind() != ChangeKind.NO_CHANGE || change.unverified().isPresent();
  }
}
