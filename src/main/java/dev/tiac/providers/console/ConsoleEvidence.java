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
import dev.tiac.providers.apexone.AgentInventory;
import dev.tiac.providers.apexone.SensorEvidence;
import dev.tiac.providers.apexone.TargetMatcher;
import dev.tiac.providers.cas.CasEvidence;
import dev.tiac.providers.cas.TokenEvidence;
import dev.tiac.providers.directory.DirectoryEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which real API speaks for each console kind under the runbook driver: ShowAgentList for Apex One
 * policies, CAS sweeps and detections for the service account and policies, the delivered token
 * itself for tokens, LDAP for Active Directory synchronization. Kinds no API shows stay silent.
 */
public final class ConsoleEvidence {
  private static final Evidence NO_CAS = Evidence.silent("no cloudAppSecurity connection to read evidence from");

  private final Optional<CasEvidence> cas;
  private final Optional<TokenEvidence> tokens;
  private final DirectoryEvidence directory;
  private final Optional<AgentInventory> inventory;
  private final Map<String, Value> policyTargets;
  private final List<DesiredResource> desired;
  private final Path baseDirectory;
  private final Redactor redactor;

  public ConsoleEvidence(Optional<CasEvidence> cas, Optional<TokenEvidence> tokens, DirectoryEvidence directory, Optional<AgentInventory> inventory,
      Map<String, Value> policyTargets, List<DesiredResource> desired, Path baseDirectory, Redactor redactor) {
    this.cas = cas;
    this.tokens = tokens;
    this.directory = directory;
    this.inventory = inventory;
    this.policyTargets = Map.copyOf(policyTargets);
    this.desired = List.copyOf(desired);
    this.baseDirectory = baseDirectory;
    this.redactor = redactor;
  }

  public Function<Address, Evidence> of(ResourceKind kind) {
    return switch (kind) {
      case APEXONE_POLICY -> this::sensor;
      case CAS_SERVICE_ACCOUNT -> a -> cas.map(CasEvidence::serviceAccount).orElse(NO_CAS);
      case CAS_POLICY -> a -> cas.map(c -> c.policy(a.key())).orElse(NO_CAS);
      case CAS_TOKEN -> this::token;
      case AD_SYNC -> a -> directory.adSync();
      case AD_SYNC_TOOL -> a -> directory.syncTool(declared(a).map(d -> Value.textOf(d.attributes(), "server", a.key())).orElse(a.key()));
      case CLOUD_SERVICE_SETTINGS -> a -> Evidence.silent("no API shows Cloud Service Settings (ProductServers does not list cloud services)");
      default -> a -> Evidence.silent("no API shows " + kind.type());
    };
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

  private Evidence sensor(Address address) {
    Value targets = policyTargets.get(address.key());
    if (inventory.isEmpty() || targets == null) {
      return Evidence.silent("no apexCentral connection to ask ShowAgentList");
    }
    return SensorEvidence.of(TargetMatcher.match(TargetMatcher.Targets.of(targets), inventory.get().get())).evidence();
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
