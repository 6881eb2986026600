package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.check.Declared;
import dev.tiac.config.check.DeclaredResources;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.state.LocalStateBackend;
import dev.tiac.state.ResourceState;
import dev.tiac.state.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One removal rule for every kind, on the sandbox: a resource removed from the file stays live and
 * the plan says why; with an opt-in it is deleted, but only where tiac created it; a kind no driver
 * deletes is refused at plan time and nothing is applied. The kinds are iterated, not picked.
 */
class RemovalRuleTest {
  private static final JsonMapper JSON = JsonMapper.shared();

  @TempDir Path dir;
  private Path stateDir;
  private ObjectNode base;

  @BeforeEach
  void baseFile() throws IOException {
    stateDir = dir.resolve(".tiac");
    base = (ObjectNode) YAMLMapper.builder().build().readTree(CliRun.sampleWithCanary(dir, "canary-removal-77d1"));
    // The investigations and the email client's policy scope would refer to what a case removes.
    base.remove("investigations");
    ((ObjectNode) base.path("apexOne").path("emailClient")).putObject("scope").put("all", true);
  }

  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  /** JSON is YAML: the desired-state file is written as JSON under a .yaml name. */
  private Path write(String name, JsonNode tree) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    return file;
  }

  @ParameterizedTest
  @EnumSource(ResourceKind.class)
  void aRemovedResourceIsDeletedOnlyUnderAnOptInAndOnlyWhereTiacCreatedIt(ResourceKind kind) throws IOException {
    List<Declared> declared = DeclaredResources.of(base).stream().filter(d -> d.address().startsWith(kind.type() + "[")).toList();
    if (kind.reconciliation() == Reconciliation.CHECK) {
      aCheckIsNeverDeleted(kind, declared);
      return;
    }
    assertFalse(declared.isEmpty(), "the sample declares every kind tiac changes, " + kind.type() + " too");
    List<String> addresses = declared.stream().map(Declared::address).toList();
    Path file = write("setup.yaml", base);
    CliRun first = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, first.code(), first.out() + first.err());
    Map<String, String> recorded = ownership();
    List<String> created = addresses.stream().filter(a -> "true".equals(recorded.get(a))).toList();
    List<String> foreign = addresses.stream().filter(a -> !created.contains(a)).toList();
    assertTrue(addresses.stream().anyMatch(recorded::containsKey), "state records some " + kind.type() + ": " + recorded);
    Path removed = write("removed.yaml", without(base, declared));

    // Without an opt-in: kept, with the reason, and still live after apply.
    CliRun kept = tiac("apply", "--sandbox", "--auto-approve", removed.toString());
    assertEquals(ExitCode.OK, kept.code(), kept.out() + kept.err());
    for (String address : addresses) {
      // What the state never recorded (declared, never changed) tiac cannot know it once managed.
      assertEquals(recorded.containsKey(address), kept.out().contains("= " + address + " is kept\n      removed from the file"), kept.out());
      assertFalse(kept.out().contains("- " + address + " will be destroyed"), kept.out());
    }
    assertLive(file, addresses, addresses.size());

    // With the opt-in naming every address: what tiac did not create is kept; the rest is deleted
    // or refused whole at plan time, nothing between.
    ObjectNode optedIn = without(base, declared);
    ArrayNode allow = optedIn.putObject("prune").putArray("allow");
    addresses.forEach(allow::add);
    Path withOptIn = write("opted-in.yaml", optedIn);
    Map<String, String> decisions = new HashMap<>();
    JsonNode plan = planJson(withOptIn);
    plan.path("removals").forEach(r -> decisions.put(r.path("address").asString(), r.path("decision").asString() + ": " + r.path("reason").asString()));
    foreign.forEach(a -> assertTrue(decisions.get(a).startsWith("keep: ") && decisions.get(a).endsWith("tiac did not create it: only objects tiac created are ever deleted"), a + " " + decisions));
    List<String> outcomes = created.stream().map(a -> decisions.get(a).substring(0, decisions.get(a).indexOf(':'))).distinct().toList();
    assertTrue(outcomes.equals(List.of("delete")) || outcomes.equals(List.of("refuse")) || created.isEmpty(), decisions.toString());
    if (created.isEmpty() || outcomes.equals(List.of("refuse"))) {
      CliRun apply = tiac("apply", "--sandbox", "--auto-approve", withOptIn.toString());
      assertEquals(created.isEmpty() ? ExitCode.OK : ExitCode.ERROR, apply.code(), apply.out() + apply.err());
      if (!created.isEmpty()) {
        assertTrue(apply.err().contains("tiac cannot delete it"), apply.err());
        assertTrue(apply.err().contains("Nothing was applied."), apply.err());
      }
      assertLive(file, addresses, addresses.size());
      return;
    }
    // Only what tiac created: the first object it created is disowned in state, so it must survive.
    String theirs = created.get(0);
    setOwned(theirs, false);
    CliRun partly = tiac("apply", "--sandbox", "--auto-approve", withOptIn.toString());
    assertEquals(ExitCode.OK, partly.code(), partly.out() + partly.err());
    assertTrue(partly.out().contains("= " + theirs + " is kept"), partly.out());
    assertTrue(partly.out().contains("tiac did not create it"), partly.out());
    assertTrue(partly.out().contains(created.size() == 1 ? "No changes" : "Apply: " + (created.size() - 1) + " applied, 0 failed"), partly.out());
    assertLive(file, addresses, foreign.size() + 1);
    setOwned(theirs, true);
    CliRun rest = tiac("apply", "--sandbox", "--auto-approve", withOptIn.toString());
    assertEquals(ExitCode.OK, rest.code(), rest.out() + rest.err());
    assertTrue(rest.out().contains("opted in: prune.allow " + theirs), rest.out());
    assertTrue(rest.out().contains("Apply: 1 applied, 0 failed"), rest.out());
    assertLive(file, addresses, foreign.size());
    created.forEach(a -> assertFalse(ownership().containsKey(a), a + " left state when it was deleted"));
  }

  private void aCheckIsNeverDeleted(ResourceKind kind, List<Declared> declared) throws IOException {
    Path removed = write("removed.yaml", without(base, declared));
    String address = declared.isEmpty() ? kind.type() + "[\"email\"]" : declared.get(0).address();
    CliRun plan = tiac("plan", "--sandbox", "--json", removed.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    JsonNode json = JSON.readTree(plan.out());
    json.path("changes").forEach(c -> assertFalse(c.path("type").asString().equals(kind.type()) && c.path("action").asString().equals("delete"), c.toString()));
    assertFalse(json.path("removals").toString().contains(kind.type() + "["), json.path("removals").toString());
    CliRun optIn = tiac("plan", "--sandbox", "--allow-delete", address, removed.toString());
    assertEquals(ExitCode.ERROR, optIn.code(), optIn.out());
    assertTrue(optIn.err().contains(kind.type() + " is a check, which tiac never changes or deletes"), optIn.err());
  }

  private JsonNode planJson(Path file) {
    CliRun plan = tiac("plan", "--sandbox", "--json", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    return JSON.readTree(plan.out());
  }

  /** How many of {@code addresses} tiac's own refresh still finds live: a plan of the full file creates only the missing. */
  private void assertLive(Path full, List<String> addresses, int expected) {
    JsonNode plan = planJson(full);
    int live = 0;
    for (JsonNode c : plan.path("changes")) {
      if (addresses.contains(c.path("address").asString()) && !c.path("action").asString().equals("create")) {
        live++;
      }
    }
    assertEquals(expected, live, "live objects of " + addresses + ": " + plan.path("changes"));
  }

  private static ObjectNode without(ObjectNode tree, List<Declared> declared) {
    ObjectNode copy = tree.deepCopy();
    // Highest index first, so the pointers of the rest stay true.
    declared.stream().map(Declared::pointer).distinct().sorted(Comparator.reverseOrder()).forEach(pointer -> {
      int cut = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, cut));
      String last = pointer.substring(cut + 1);
      if (parent instanceof ArrayNode array) {
        array.remove(Integer.parseInt(last));
      } else if (parent instanceof ObjectNode object) {
        object.remove(last);
      }
    });
    return copy;
  }

  private Map<String, String> ownership() {
    Map<String, String> owned = new HashMap<>();
    new LocalStateBackend(StateBackends.sandboxHome(stateDir)).read().orElseThrow().resources().values()
        .forEach(r -> owned.put(r.address(), Boolean.toString(r.owned())));
    return owned;
  }

  /** Rewrites tiac's state as if it had (or had not) created {@code address}. */
  private void setOwned(String address, boolean owned) {
    LocalStateBackend backend = new LocalStateBackend(StateBackends.sandboxHome(stateDir));
    State state = backend.read().orElseThrow();
    ResourceState r = state.resource(address).orElseThrow();
    backend.write(state.with(new ResourceState(r.address(), r.kind(), r.remoteId(), owned, r.attributes(), r.secrets(),
        r.attestation(), r.createdAt(), r.updatedAt())).withSerial(state.serial() + 1));
  }
}
