package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.providers.cas.CasEvidence;
import dev.tiac.providers.cas.TokenEvidence;
import dev.tiac.providers.directory.DirectoryEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The evidence of a console kind under the runbook driver that its definition cannot give itself:
 * the delivered token, read from where tiac delivered it (each other kind's definition says what
 * speaks for it, {@code KindDefinition#evidence}), and the shared sweep and directory reads the
 * correlation readiness uses. Kinds no API shows stay silent.
 */
public final class ConsoleEvidence {
  private static final Evidence NO_CAS = Evidence.silent("no cloudAppSecurity connection to read evidence from");

  private final Optional<CasEvidence> cas;
  private final Optional<TokenEvidence> tokens;
  private final DirectoryEvidence directory;
  private final List<DesiredResource> desired;
  private final Path baseDirectory;
  private final Redactor redactor;

  public ConsoleEvidence(Optional<CasEvidence> cas, Optional<TokenEvidence> tokens, DirectoryEvidence directory,
      List<DesiredResource> desired, Path baseDirectory, Redactor redactor) {
    this.cas = cas;
    this.tokens = tokens;
    this.directory = directory;
    this.desired = List.copyOf(desired);
    this.baseDirectory = baseDirectory;
    this.redactor = redactor;
  }

  public Function<Address, Evidence> of(ResourceKind kind) {
    // A token's evidence needs the value tiac delivered, which only the console package holds.
    return kind == ResourceKind.CAS_TOKEN ? this::token : a -> Evidence.silent("no API shows " + kind.type());
  }

  /** Whether sweeps through the connection's token see mail; an unanswered sweep is unknown. */
  public Supplier<CheckOutcome> sweeps() {
    return () -> cas.map(c -> {
      try {
        return c.sweeps();
      } catch (RuntimeException e) {
        return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "Cloud App Security did not answer the sweep: " + e.getMessage(), List.of(), Source.api("Cloud App Security GET /v1/sweeping/mails"));
      }
    }).orElse(new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no cloudAppSecurity connection to sweep through",
        List.of("Add connections.cloudAppSecurity: the investigations start from its mail sweeps"), Source.api("Cloud App Security GET /v1/sweeping/mails")));
  }

  public DirectoryEvidence directory() {
    return directory;
  }

  private Evidence token(Address address) {
    Optional<DesiredResource> token = declared(address);
    if (tokens.isEmpty() || token.isEmpty()) {
      return NO_CAS;
    }
    Optional<Path> file = TokenDelivery.file(baseDirectory, token.get());
    if (file.isEmpty()) {
      return Evidence.silent("the token is delivered only to the resources that refer to it, so tiac holds no value to ask with");
    }
    String where = Value.textOf(token.get().attributes(), "deliverTo", "file:").substring("file:".length());
    Optional<Secret> value = read(file.get());
    if (value.isEmpty()) {
      return Evidence.silent("nothing has been delivered to " + where + " yet, so tiac holds no value to ask Cloud App Security with");
    }
    return tokens.get().of(where, value, token.get().attributes().getOrDefault("apiTypes", Value.list(List.of())));
  }

  /** The delivered value, registered for redaction before anything can print it. */
  private Optional<Secret> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String value = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (value.isEmpty()) {
        return Optional.empty();
      }
      Secret secret = Secret.of(value);
      redactor.register(secret);
      return Optional.of(secret);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<DesiredResource> declared(Address address) {
    return desired.stream().filter(d -> d.address().equals(address)).findFirst();
  }
}
