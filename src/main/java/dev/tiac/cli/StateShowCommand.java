package dev.tiac.cli;

import dev.tiac.plan.render.Printable;
import dev.tiac.state.ResourceState;
import dev.tiac.state.State;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac state show [FILE]}: what the stored state (or a state file such as {@code
 * state.errored.json}) records, one resource a line: address, remote id, whether tiac owns it.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "List what the state records: each resource, its remote id and whether tiac created it.")
final class StateShowCommand extends StateSubcommand {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A state file to show instead of the stored state.")
  Optional<Path> file = Optional.empty();

  @Override
  int run() {
    String source;
    State state;
    if (file.isPresent()) {
      source = file.get().toString();
      state = StateLocation.readFile(file.get());
    } else {
      var backend = location.open(err());
      source = backend.location();
      state = backend.read().orElseThrow(() -> new IllegalStateException("there is no state at " + backend.location() + " yet"));
    }
    PrintWriter out = out();
    out.println("State " + source + ": " + state.describe() + ", written by tiac " + Printable.clean(state.tiacVersion())
        + state.keyId().map(id -> ", fingerprint key " + id).orElse("") + ", " + state.resources().size() + " resources");
    for (ResourceState r : state.resources().values()) {
      out.println("  " + Printable.clean(r.address()) + "  " + r.remoteId().map(Printable::clean).orElse("(no remote id)")
          + (r.owned() ? "  created by tiac" : "") + (r.secrets().isEmpty() ? "" : "  secrets: " + String.join(", ", r.secrets().keySet())));
    }
    state.creating().forEach(a -> out.println("  " + Printable.clean(a) + "  creation under way (settled by the next apply)"));
    out.flush();
    return ExitCode.OK;
  }
}
