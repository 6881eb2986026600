package dev.tiac.cli;

import dev.tiac.app.Run;
import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Value;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.state.Attestation;
import dev.tiac.state.Attributes;
import dev.tiac.state.ResourceState;
import dev.tiac.state.StateSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac attest FILE… --address ADDRESS}: an operator confirms, in a pipeline, that the
 * console steps for one resource were done. State records who and when; the next plan verifies the
 * effect through evidence and shows drift if the evidence disagrees. For a check, the operator
 * records what no API shows: with {@code --fact}, or, at a terminal, by answering for each fact.
 */
@Command(name = "attest", mixinStandardHelpOptions = true, description = "Confirm that the console steps for a resource were carried out.")
final class AttestCommand extends ServiceCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state files.")
  List<Path> files;

  @Option(names = "--address", required = true, paramLabel = "ADDRESS", description = "The resource, e.g. 'cas.policy[\"Default Exchange Policy ATP\"]'.")
  String address;

  @Option(names = "--note", defaultValue = "", description = "What was done, for the record.")
  String note;

  @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "For a check: a fact no API shows, as read where it is shown, "
      + "e.g. --fact seats=4000 --fact expires=2027-06-30 on a licence, --fact dotNetVersion=4.8 on a server; at a terminal, tiac asks for those not given.")
  java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();

  /** Who answers for the facts not given with --fact: the person at the terminal, if there is one. */
  private final Supplier<Optional<BufferedReader>> operator;

  AttestCommand() {
    this(() -> System.console() == null ? Optional.empty()
        : Optional.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))));
  }

  /** For tests: who answers the questions. */
  AttestCommand(Supplier<Optional<BufferedReader>> operator) {
    this.operator = operator;
  }

  @Override
  int run() {
    Address target = Address.parse(address).orElseThrow(() -> new IllegalArgumentException("not a resource address: " + address));
    if (target.kind().reconciliation() == dev.tiac.contract.Reconciliation.CHECK && facts.isEmpty()) {
      // Asked before the lock is taken: nobody else waits while the operator looks the facts up.
      facts = operator.get().flatMap(in -> {
        err().println("What does " + target + " show? (" + AttestedFactNames.example(target.kind()) + " gives them without asking)");
        return AttestedFactNames.ask(target.kind(), in, err());
      }).orElseThrow(() -> new IllegalArgumentException(address + " is a check: name what you read with --fact, e.g. "
          + AttestedFactNames.example(target.kind())));
    }
    try (Run run = openLocked(files, "attest", Run.Binding.CHECK)) {
      StateSession session = run.session();
      DesiredResource desired = DesiredResources.of(run.config()).stream().filter(d -> d.address().equals(target)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(address + " is not declared in " + files));
      boolean check = target.kind().reconciliation() == dev.tiac.contract.Reconciliation.CHECK;
      if (!check && target.kind().reconciliation() != dev.tiac.contract.Reconciliation.CONSOLE) {
        throw new IllegalArgumentException(address + " is neither a console setting nor a check: only those are attested");
      }
      if (check == facts.isEmpty()) {
        throw new IllegalArgumentException(check ? address + " is a check: name what you read with --fact, e.g. " + AttestedFactNames.example(target.kind())
            : "--fact is for checks; a console step is attested as the file declares it");
      }
      AttestedFactNames.validate(target.kind(), facts);
      String key = target.toString();
      // A check's attestation holds the facts read, never owned: nothing in it is tiac's to change.
      ResourceState next = ResourceState.of(key, target.kind().type(), Optional.empty(),
              !check && session.resource(key).map(ResourceState::owned).orElse(true),
              check ? Attributes.of(facts) : Attributes.of(Value.map(desired.attributes()).toJson()), run.clock().instant())
          .withAttestation(new Attestation(Operator.name(), run.clock().instant(), note));
      for (var secret : run.secrets(desired).entrySet()) {
        next = next.withSecret(secret.getKey(), run.fingerprinter().fingerprint(key, secret.getKey(), secret.getValue().toCharArray()));
      }
      session.record(next);
      out().println(check ? "Attested " + key + " by " + Operator.name() + " (" + String.join(", ", facts.keySet())
          + "); it counts until it is older than the check's attestationMaxAgeDays."
          : "Attested " + key + " by " + Operator.name() + "; the next plan verifies it through evidence.");
      return ExitCode.OK;
    }
  }
}
