package dev.tiac.cli;

import dev.tiac.plan.Address;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.state.Attestation;
import dev.tiac.state.Attributes;
import dev.tiac.state.LockRequest;
import dev.tiac.state.ResourceState;
import dev.tiac.state.StateSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiac attest FILE… --address ADDRESS}: an operator confirms, in a pipeline, that the
 * console steps for one resource were done. State records who and when; the next plan verifies the
 * effect through evidence and shows drift if the evidence disagrees.
 */
@Command(name = "attest", mixinStandardHelpOptions = true, description = "Confirm that the console steps for a resource were carried out.")
final class AttestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state files.")
  List<Path> files;

  @Option(names = "--address", required = true, paramLabel = "ADDRESS", description = "The resource, e.g. 'cas.policy[\"Default Exchange Policy ATP\"]'.")
  String address;

  @Option(names = "--note", defaultValue = "", description = "What was done, for the record.")
  String note;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      Address target = Address.parse(address).orElseThrow(() -> new IllegalArgumentException("not a resource address: " + address));
      try (RunContext run = RunContext.openLocked(files, options, err, new LockRequest("attest", Versions.current()), RunContext.Binding.CHECK)) {
        StateSession session = run.session();
        DesiredResource desired = DesiredResources.of(run.config).stream().filter(d -> d.address().equals(target)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(address + " is not declared in " + files));
        if (target.kind().reconciliation() != dev.tiac.plan.Reconciliation.CONSOLE) {
          throw new IllegalArgumentException(address + " is not a console setting: only console steps are attested");
        }
        String key = target.toString();
        ResourceState next = ResourceState.of(key, target.kind().type(), Optional.empty(),
                session.resource(key).map(ResourceState::owned).orElse(true), Attributes.of(desired.attributes()), run.clock.instant())
            .withAttestation(new Attestation(Operator.name(), run.clock.instant(), note));
        for (var secret : run.secrets(desired).entrySet()) {
          next = next.withSecret(secret.getKey(), run.fingerprinter.fingerprint(key, secret.getKey(), secret.getValue().toCharArray()));
        }
        session.record(next);
        out.println("Attested " + key + " by " + Operator.name() + "; the next plan verifies it through evidence.");
        return ExitCode.OK;
      }
    });
  }
}
