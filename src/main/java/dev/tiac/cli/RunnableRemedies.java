package dev.tiac.cli;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the commands in a plan's remedies and warnings runnable as printed. The checks and the
 * readiness do not know how tiac was invoked, so they name a command by what only they know —
 * {@code run: tiac attest --address 'ADDRESS'}, {@code run: tiac apply} — and this run adds the
 * rest: its files, sandbox, state dir and backend, quoted for a shell ({@link AttestHint}).
 */
final class RunnableRemedies {
  private static final Pattern APPLY = Pattern.compile("run: tiac apply(?=$|[;.,)])");

  private final List<Path> files;
  private final RunOptions options;
  private final List<Address> addresses;

  private RunnableRemedies(List<Path> files, RunOptions options, List<Address> addresses) {
    this.files = List.copyOf(files);
    this.options = options;
    this.addresses = List.copyOf(addresses);
  }

  /** {@code plan} with every command its checks and warnings name completed for the run over {@code files}. */
  static Plan complete(Plan plan, List<Path> files, RunOptions options) {
    RunnableRemedies remedies = new RunnableRemedies(files, options, plan.changes().stream().map(Change::address).toList());
    return new Plan(plan.setup(), plan.lineage(), plan.serial(), plan.inputHashes(), plan.liveFingerprints(),
        plan.changes().stream().map(remedies::complete).toList(), plan.warnings().stream().map(remedies::complete).toList(), plan.cost(),
        plan.optIns(), plan.removals());
  }

  /** One change on its own, whose remedies name no resource but itself (a licence a refused apply reports). */
  static Change complete(Change change, List<Path> files, RunOptions options) {
    return new RunnableRemedies(files, options, List.of(change.address())).complete(change);
  }

  private Change complete(Change change) {
    return change.check().map(o -> change.withCheck(new CheckOutcome(o.status(), o.evidence(), o.remedy().stream().map(this::complete).toList(),
        o.source()))).orElse(change);
  }

  private String complete(String text) {
    String done = text;
    for (Address a : addresses) {
      done = done.replace("run: tiac attest --address '" + a + "'", "run: " + AttestHint.command(files, options, a));
    }
    return APPLY.matcher(done).replaceAll(Matcher.quoteReplacement("run: " + AttestHint.applyCommand(files, options)));
  }
}
