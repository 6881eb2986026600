package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.app.PlanRun;
import dev.tiac.plan.render.PlanJson;
import dev.tiac.plan.render.PlanStamp;
import dev.tiac.plan.render.SealedPlan;
import dev.tiac.state.DocumentMac;
import dev.tiac.state.StateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan is a record of intent, not of authority: every edit to it is refused with exit 1
 * and the sandbox (and tiac's state) left byte for byte as they were; one re-signed by someone who
 * holds the state key is still refused, because apply derives the plan again; an unedited plan
 * applies without asking a second time.
 */
class SavedPlanTamperTest {
  private static final JsonMapper JSON = JsonMapper.shared();
  private static final String DELETED = "apexcentral.suspiciousObject[\"ip:203.0.113.45\"]";
  private static final String DECLARED_KEY = "file_sha1:3395856ce81f2b7382dee72602f798b642f14140";
  private static final String DECLARED = "apexcentral.suspiciousObject[\"" + DECLARED_KEY + "\"]";

  @TempDir Path dir;
  private Path stateDir;
  private Path file;
  private Path saved;

  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  /**
   * The sample applied, then edited into a plan of one create, one update and one delete (opted in
   * on the command line), saved.
   */
  @BeforeEach
  void savedPlan() throws IOException {
    stateDir = dir.resolve(".tiac");
    file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, "canary-tamper-3c9e"));
    CliRun first = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, first.code(), first.out() + first.err());
    String sample = Files.readString(file);
    String edited = sample.replace("notes: Credential phishing kit seen in campaign 2026-11", "notes: Phishing kit")
        .replace("""
                - type: ip
                  value: 203.0.113.45
                  scanAction: log
                  notes: Staging server of the invoice campaign
                  expires: "2027-06-30"
            """, """
                - type: domain
                  value: new-c2.example
                  scanAction: block
            """);
    assertFalse(edited.equals(sample));
    Files.writeString(file, edited);
    saved = dir.resolve("plan.json");
    CliRun plan = tiac("plan", "--sandbox", "--out", saved.toString(), "--allow-delete", DELETED, file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    assertEquals(List.of("create", "delete", "update"), actions(JSON.readTree(Files.readString(saved))));
  }

  private static List<String> actions(JsonNode plan) {
    List<String> actions = new ArrayList<>();
    plan.path("changes").forEach(c -> {
      if (List.of("create", "update", "delete").contains(c.path("action").asString())) {
        actions.add(c.path("action").asString());
      }
    });
    return actions.stream().sorted().toList();
  }

  private static ObjectNode change(ObjectNode plan, String action) {
    for (JsonNode c : plan.path("changes")) {
      if (c.path("action").asString().equals(action)) {
        return (ObjectNode) c;
      }
    }
    throw new AssertionError("no " + action + " in the plan");
  }

  /** Adds a delete of an object the file still declares, shaped like the plan's own delete. */
  private static void deleteTheDeclaredObject(ObjectNode plan) {
    ((ArrayNode) plan.path("changes")).add(change(plan, "delete").deepCopy().put("address", DECLARED).put("key", DECLARED_KEY));
  }

  private static ObjectNode attribute(ObjectNode change, String name) {
    for (JsonNode a : change.path("attributes")) {
      if (a.path("name").asString().equals(name)) {
        return (ObjectNode) a;
      }
    }
    throw new AssertionError("no attribute " + name);
  }

  private Path edited(String name, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(saved));
    edit.accept(plan);
    Path out = dir.resolve(name.replace(' ', '-') + ".json");
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan));
    return out;
  }

  /** The edit made, then signed again with the real state key: only the derivation can catch it. */
  private Path resigned(String name, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(edited(name, edit)));
    plan.remove("mac");
    DocumentMac mac = new DocumentMac(StateKey.load(stateDir, System.getenv()), PlanRun.PLAN_MAC_PURPOSE);
    Path out = dir.resolve(name.replace(' ', '-') + "-signed.json");
    Files.writeString(out, SealedPlan.write(PlanJson.read(JSON.writeValueAsString(plan)), new PlanStamp("test", Instant.now()), mac::sign));
    return out;
  }

  private String world() throws IOException {
    return Files.readString(stateDir.resolve("sandbox/state.json")) + Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json"));
  }

  private void assertRefused(String name, Path plan, String because) throws IOException {
    String before = world();
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", plan.toString());
    assertEquals(ExitCode.ERROR, apply.code(), name + ": " + apply.out() + apply.err());
    assertTrue(apply.err().contains(because), name + ": " + apply.err());
    assertFalse(apply.out().contains("applied " + DELETED), name + ": " + apply.out());
    assertEquals(before, world(), name + ": the sandbox and the state must not change");
  }

  @Test
  void everyEditToASavedPlanIsRefusedAndChangesNothing() throws IOException {
    String modified = "the saved plan was modified after it was written";
    Map<String, Consumer<ObjectNode>> corpus = new LinkedHashMap<>();
    corpus.put("refused flipped", p -> change(p, "delete").put("refused", true));
    corpus.put("action changed", p -> change(p, "update").put("action", "delete"));
    corpus.put("change added", SavedPlanTamperTest::deleteTheDeclaredObject);
    corpus.put("opt-in dropped", p -> ((ArrayNode) p.path("optIns").path("allowDelete")).removeAll());
    corpus.put("attribute changed", p -> attribute(change(p, "create"), "scanAction").put("after", "log"));
    corpus.put("file hash changed", p -> ((ObjectNode) p.path("inputHashes")).put(file.toString(), "0".repeat(64)));
    corpus.put("change removed", p -> {
      ArrayNode changes = (ArrayNode) p.path("changes");
      for (int i = 0; i < changes.size(); i++) {
        if (changes.get(i).path("action").asString().equals("create")) {
          changes.remove(i);
          return;
        }
      }
    });
    corpus.put("changes reordered", p -> {
      ArrayNode changes = (ArrayNode) p.path("changes");
      JsonNode first = changes.remove(0);
      changes.add(first);
    });
    corpus.put("direction softened", p -> change(p, "delete").put("direction", "neutral").put("needsOptIn", false));
    corpus.put("serial rolled back", p -> p.put("serial", p.path("serial").asLong() - 1));
    corpus.put("summary edited", p -> ((ObjectNode) p.path("summary")).put("destroy", 0));
    corpus.put("MAC changed", p -> {
      String mac = p.path("mac").asString();
      p.put("mac", mac.substring(0, mac.length() - 1) + (mac.endsWith("A") ? "B" : "A"));
    });
    corpus.put("MAC of another key", p -> {
      p.remove("mac");
      p.put("mac", new DocumentMac(StateKey.random(), PlanRun.PLAN_MAC_PURPOSE).sign(JSON.writeValueAsBytes(p)));
    });
    for (Map.Entry<String, Consumer<ObjectNode>> edit : corpus.entrySet()) {
      assertRefused(edit.getKey(), edited(edit.getKey(), edit.getValue()), modified);
    }
    assertRefused("MAC removed", edited("MAC removed", p -> p.remove("mac")), "the saved plan carries no MAC");
    assertEquals(14, corpus.size() + 1, "the corpus holds 14 edits");
  }

  @Test
  void aFileChangedAfterPlanningIsNamedAndNothingIsApplied() throws IOException {
    Files.writeString(file, Files.readString(file).replace("notes: Phishing kit", "notes: Phishing kit, edited"));
    assertRefused("file changed on disk", saved, "the desired-state files changed since it was made (" + file + ")");
  }

  @Test
  void anEditSignedAgainWithTheStateKeyIsRefusedByTheDerivation() throws IOException {
    assertRefused("delete of a declared object", resigned("declared delete", SavedPlanTamperTest::deleteTheDeclaredObject),
        "refused " + DECLARED + ": the saved plan would delete it, but the files and the live services give no such change now");
    assertRefused("attribute", resigned("attribute", p -> attribute(change(p, "create"), "scanAction").put("after", "log")),
        "the saved plan would create it with other attributes than the files and the live services give now");
    assertRefused("opt-in dropped", resigned("opt-in", p -> ((ArrayNode) p.path("optIns").path("allowDelete")).removeAll()),
        "refused " + DELETED + ": the saved plan would delete it, but the files and the live services give no such change now");
    assertRefused("action", resigned("action", p -> change(p, "update").put("action", "delete")),
        "the saved plan would delete it, but the files and the live services give update now");
  }

  @Test
  void aRefusedWeakeningFlippedToOptedInAndSignedAgainIsStillRefused() throws IOException {
    String sample = Files.readString(file);
    assertEquals(1, sample.split("status: \"ON\"", -1).length - 1, "only the ATP policy is ON");
    Files.writeString(file, sample.replace("status: \"ON\"", "status: \"OFF\""));
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", "--out", saved.toString(), file.toString()).code());
    assertEquals(1, JSON.readTree(Files.readString(saved)).path("summary").path("refused").asInt(), Files.readString(saved));
    Path flipped = resigned("weakening", p -> p.path("changes").forEach(c -> {
      if (c.path("refused").asBoolean()) {
        ((ObjectNode) c).put("optedIn", true).put("refused", false);
      }
    }));
    assertRefused("weakening opted in by hand", flipped, "as opted in, but the files hold no opt-in for it");
    assertRefused("weakening as saved", saved, "Opt in for cas.policy[\"Default Exchange Policy ATP\"] in the file");
  }

  @Test
  void anUneditedSavedPlanAppliesWithoutAskingAgain() throws IOException {
    CliRun apply = tiac("apply", "--sandbox", saved.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertTrue(apply.out().contains("Apply: 3 applied, 0 failed, 0 skipped"), apply.out());
    assertTrue(apply.out().contains("applied " + DELETED), apply.out());
    assertFalse(apply.err().contains("approval"), apply.err());
    assertFalse(apply.err().contains("Apply these changes?"), apply.err());
    CliRun again = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, again.code(), again.out());
    CliRun flags = tiac("apply", "--sandbox", "--allow-empty", saved.toString());
    assertEquals(ExitCode.ERROR, flags.code());
    assertTrue(flags.err().contains("a saved plan applies with the opt-ins it was made with"), flags.err());
    CliRun typo = tiac("plan", "--sandbox", "--allow-delete", "apexcentral.suspiciousObject[domain:x]", file.toString());
    assertEquals(ExitCode.ERROR, typo.code());
    assertEquals("tiac: error: --allow-delete apexcentral.suspiciousObject[domain:x] is not an address such as apexcentral.suspiciousObject[\"domain:old.example\"]\n",
        typo.err(), "refused before anything is read");
  }
}
