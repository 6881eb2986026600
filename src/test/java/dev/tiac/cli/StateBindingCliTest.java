package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.state.State;
import dev.tiac.state.StateBinding.TenantField;
import dev.tiac.state.StateCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State bound to the tenant and setup it describes (issue 11): the README's sandbox walk-through
 * and a run against a tenant in the same directory never share state, a state written against one
 * tenant or setup refuses another, and a change of address is re-bound by an explicit command.
 * The "real" tenants are two sandboxes this test serves, reached through a file's connections.
 */
class StateBindingCliTest {
  private static Sandbox tenantA;
  private static Sandbox tenantB;
  private static Sandbox.Checkpoint pristineA;
  private static Sandbox.Checkpoint pristineB;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void serve() {
    tenantA = Sandbox.start(SandboxOptions.defaults(shared.resolve("tenant-a")).withPersist(false).withCasRate(1_000_000, Duration.ofMinutes(1)));
    tenantB = Sandbox.start(SandboxOptions.defaults(shared.resolve("tenant-b")).withPersist(false).withCasRate(1_000_000, Duration.ofMinutes(1)));
    pristineA = tenantA.checkpoint();
    pristineB = tenantB.checkpoint();
  }

  /** Each case starts from tenants nothing was applied to. */
  @BeforeEach
  void reset() {
    tenantA.restore(pristineA);
    tenantB.restore(pristineB);
  }

  @AfterAll
  static void stop() {
    tenantA.close();
    tenantB.close();
  }

  /**
   * A setup that reaches {@code tenant} through its connections, as a file for a real tenant does:
   * one blocked sender, so a plan against a tenant that lacks it has exactly one change.
   */
  private Path setup(String name, Sandbox tenant, String host) throws IOException {
    SandboxEndpoints e = tenant.endpoints();
    String token = e.cas().tokens().stream().filter(t -> t.name().equals("tiac")).findFirst().orElseThrow().token();
    Path secrets = Files.createDirectories(dir.resolve("secrets-" + name + "-" + e.apexCentral().applicationId()));
    Files.writeString(secrets.resolve("apex.key"), e.apexCentral().apiKey());
    Files.writeString(secrets.resolve("cas.token"), token);
    // Paths in a file stay in its repository: the tenant's CA is copied next to it.
    Files.copy(Path.of(e.caFile()), secrets.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path file = dir.resolve(name + "-on-" + host + "-" + e.apexCentral().applicationId() + ".yaml");
    Files.writeString(file, """
        apiVersion: tiac.dev/v1
        kind: ThreatInvestigationSetup
        metadata:
          name: %s
        connections:
          apexCentral:
            url: %s
            applicationId: %s
            apiKey: ${file:%s}
            caFile: %s
          cloudAppSecurity:
            url: %s
            token: ${file:%s}
            caFile: %s
        cloudAppSecurity:
          blockedLists:
            senders:
              - invoices@%s-billing.example
        """.formatted(name, e.apexCentral().url().replace("127.0.0.1", host), e.apexCentral().applicationId(),
        rel(secrets.resolve("apex.key")), rel(secrets.resolve("ca.pem")), e.cas().homeUrl(), rel(secrets.resolve("cas.token")),
        rel(secrets.resolve("ca.pem")), name));
    return file;
  }

  private String rel(Path inDir) {
    return dir.relativize(inDir).toString();
  }

  private CliRun tiac(String... args) {
    return CliRun.withState(dir.resolve(".tiac"), args);
  }

  private State stateIn(Path stateDir) throws IOException {
    return StateCodec.decode(Files.readAllBytes(stateDir.resolve("state.json")), "test");
  }

  @Test
  void theSandboxWalkThroughLeavesNothingARunAgainstATenantPicksUp() throws IOException {
    Path sample = dir.resolve("acme.yaml");
    Files.writeString(sample, CliRun.sampleWithCanary(dir, "walk-through-password"));
    CliRun walkThrough = tiac("apply", "--sandbox", "--auto-approve", sample.toString());
    assertEquals(ExitCode.OK, walkThrough.code(), walkThrough.out() + walkThrough.err());
    State sandboxState = stateIn(StateBackends.sandboxHome(dir.resolve(".tiac")));
    assertTrue(sandboxState.resources().size() >= 13, "the walk-through's records: " + sandboxState.resources().keySet());
    assertFalse(Files.exists(dir.resolve(".tiac/state.json")), "the walk-through wrote the state a real run reads");

    Path production = setup("acme", tenantB, "127.0.0.1");
    CliRun plan = tiac("plan", "--json", production.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("\"serial\" : 0"), "a tenant never applied starts from an empty state: " + plan.out());
    assertFalse(plan.out().contains(sandboxState.lineage().toString()), "the sandbox's lineage reached the tenant's plan");
    CliRun apply = tiac("apply", "--auto-approve", production.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertTrue(apply.out().contains("Apply: 1 applied, 0 failed"), apply.out());
    State real = stateIn(dir.resolve(".tiac"));
    assertEquals(1, real.resources().size(), "only the tenant's own sender: " + real.resources().keySet());
    assertNotEquals(sandboxState.lineage(), real.lineage());
    assertEquals(tenantB.endpoints().apexCentral().applicationId().toLowerCase(java.util.Locale.ROOT),
        real.binding().tenant().get(TenantField.APEX_CENTRAL_APPLICATION_ID));

    CliRun walkAgain = tiac("plan", "--sandbox", "--detailed-exitcode", sample.toString());
    assertEquals(ExitCode.OK, walkAgain.code(), "the walk-through still finds its own state: " + walkAgain.out() + walkAgain.err());
  }

  @Test
  void forceUnlockFindsTheSandboxStateOnlyWhenAskedFor() {
    Path sandboxState = StateBackends.sandboxHome(dir.resolve(".tiac")).toAbsolutePath().normalize().resolve("state.json");
    CliRun sandbox = tiac("force-unlock", "--sandbox", "0f3c");
    assertEquals(ExitCode.ERROR, sandbox.code());
    assertTrue(sandbox.err().contains("the state at " + sandboxState + " is not locked"), sandbox.err());
    CliRun real = tiac("force-unlock", "0f3c");
    assertTrue(real.err().contains("the state at " + dir.resolve(".tiac").toAbsolutePath().normalize().resolve("state.json") + " is not locked"),
        real.err());
  }

  @Test
  void aStateWrittenAgainstOneTenantRefusesAnotherAndChangesNothing() throws IOException {
    Path onA = setup("acme", tenantA, "127.0.0.1");
    CliRun apply = tiac("apply", "--auto-approve", onA.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    State before = stateIn(dir.resolve(".tiac"));

    Path onB = setup("acme", tenantB, "127.0.0.1");
    var blockedOnB = tenantB.checkpoint().tenant().blockedLists();
    for (String command : List.of("plan", "apply", "drift")) {
      List<String> args = new ArrayList<>(List.of(command, onB.toString()));
      if (command.equals("apply")) {
        args.add("--auto-approve");
      }
      CliRun refused = tiac(args.toArray(String[]::new));
      assertEquals(ExitCode.ERROR, refused.code(), command + ": " + refused.out() + refused.err());
      assertTrue(refused.err().contains("belongs to another tenant: the Apex Central application ID is "
          + tenantA.endpoints().apexCentral().applicationId().toLowerCase(java.util.Locale.ROOT) + " in the state but "
          + tenantB.endpoints().apexCentral().applicationId().toLowerCase(java.util.Locale.ROOT) + " in this run"), refused.err());
      assertTrue(refused.err().contains("--state-dir") && refused.err().contains("tiac state rebind"), refused.err());
      assertFalse(refused.out().contains("blockedSender"), command + " planned against the wrong state: " + refused.out());
    }
    assertEquals(before, stateIn(dir.resolve(".tiac")), "a refused run leaves the state as it was");
    assertEquals(blockedOnB, tenantB.checkpoint().tenant().blockedLists(), "tenant B was not changed");
    assertFalse(blockedOnB.toString().contains("invoices@acme-billing.example"), blockedOnB.toString());

    CliRun ownState = CliRun.withState(dir.resolve(".tiac-b"), "plan", "--detailed-exitcode", onB.toString());
    assertEquals(ExitCode.CHANGES, ownState.code(), "tenant B with its own --state-dir plans its sender: " + ownState.out() + ownState.err());
  }

  @Test
  void aStateBoundToSetupARefusesSetupBOnTheSameTenant() throws IOException {
    Path setupA = setup("acme", tenantA, "127.0.0.1");
    CliRun apply = tiac("apply", "--auto-approve", setupA.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    Path setupB = setup("globex", tenantA, "127.0.0.1");
    CliRun refused = tiac("plan", setupB.toString());
    assertEquals(ExitCode.ERROR, refused.code(), refused.out() + refused.err());
    assertTrue(refused.err().contains("belongs to another setup: the setup (metadata.name) is \"acme\" in the state but \"globex\" in this run"),
        refused.err());
    assertFalse(refused.err().contains("another tenant"), refused.err());
  }

  @Test
  void aNewAddressIsRefusedUntilTheStateIsReboundExplicitly() throws IOException {
    Path before = setup("acme", tenantA, "127.0.0.1");
    assertEquals(ExitCode.OK, tiac("apply", "--auto-approve", before.toString()).code());
    Path moved = setup("acme", tenantA, "localhost");
    CliRun refused = tiac("plan", moved.toString());
    assertEquals(ExitCode.ERROR, refused.code(), refused.out() + refused.err());
    assertTrue(refused.err().contains("the Apex Central host is 127.0.0.1 in the state but localhost in this run"), refused.err());

    CliRun rebind = tiac("state", "rebind", moved.toString());
    assertEquals(ExitCode.OK, rebind.code(), rebind.out() + rebind.err());
    assertTrue(rebind.out().contains("Apex Central host localhost"), rebind.out());
    CliRun plan = tiac("plan", "--detailed-exitcode", moved.toString());
    assertEquals(ExitCode.OK, plan.code(), "after the rebind the same tenant has nothing to change: " + plan.out() + plan.err());
  }

  @Test
  void anOldStateWithoutABindingIsBoundOnItsNextApplyAndSaysSoOnce() throws IOException {
    Path file = setup("acme", tenantA, "127.0.0.1");
    assertEquals(ExitCode.OK, tiac("apply", "--auto-approve", file.toString()).code());
    Path stateFile = dir.resolve(".tiac/state.json");
    State bound = stateIn(dir.resolve(".tiac"));
    Files.write(stateFile, StateCodec.encode(bound.withBinding(dev.tiac.state.StateBinding.NONE)));

    CliRun plan = tiac("plan", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    CliRun first = tiac("apply", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, first.code(), first.out() + first.err());
    assertTrue(first.err().contains("was bound to nothing; this run binds it to setup \"acme\""), first.err());
    State after = stateIn(dir.resolve(".tiac"));
    assertEquals(bound.binding(), after.binding());
    assertEquals(bound.serial() + 1, after.serial(), "binding an old state is one write");
    CliRun second = tiac("apply", "--auto-approve", file.toString());
    assertFalse(second.err().contains("binds it"), "said once: " + second.err());
    assertEquals(after.serial(), stateIn(dir.resolve(".tiac")).serial());
  }
}
