package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state guards as the command line shows them (issue 12, item 5): a missing key, a state that
 * does not match its schema, a wrong force-unlock ID and a push that would roll the state back are
 * each refused with exit 1, a message that says what to do, and nothing changed.
 */
class StateGuardsCliTest {
  @TempDir Path dir;
  private Path stateDir;
  private Path file;

  @BeforeEach
  void applied() throws IOException {
    stateDir = dir.resolve(".tiac");
    file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, "canary-state-guards-51c2"));
    CliRun apply = CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
  }

  @Test
  void aMissingStateKeyFailsPlanDriftAndApplyAndNoNewKeyIsMade() throws IOException {
    byte[] state = Files.readAllBytes(StateBackends.sandboxHome(stateDir).resolve("state.json"));
    Files.delete(stateDir.resolve("state.key"));
    for (String command : new String[] {"plan", "drift", "apply"}) {
      CliRun run = command.equals("apply")
          ? CliRun.withState(stateDir, command, "--sandbox", "--auto-approve", file.toString())
          : CliRun.withState(stateDir, command, "--sandbox", file.toString());
      assertEquals(ExitCode.ERROR, run.code(), command + ": " + run.out() + run.err());
      assertTrue(run.err().contains(stateDir.resolve("state.key").toAbsolutePath() + " does not exist and TIAC_STATE_KEY is not set"),
          command + ": " + run.err());
      assertFalse(Files.exists(stateDir.resolve("state.key")), command + " made a new key");
    }
    assertArrayEquals(state, Files.readAllBytes(StateBackends.sandboxHome(stateDir).resolve("state.json")), "the state is untouched");
  }

  @Test
  void aStateWithNullResourcesIsRefusedBeforeAnythingRuns() throws IOException {
    Path stateFile = StateBackends.sandboxHome(stateDir).resolve("state.json");
    String edited = Files.readString(stateFile).replaceFirst("(?s)\"resources\" : \\{.*\\n  \\},", "\"resources\" : null,");
    assertTrue(edited.contains("\"resources\" : null"), edited);
    Files.writeString(stateFile, edited);
    for (String command : new String[] {"plan", "apply"}) {
      CliRun run = command.equals("apply")
          ? CliRun.withState(stateDir, command, "--sandbox", "--auto-approve", file.toString())
          : CliRun.withState(stateDir, command, "--sandbox", file.toString());
      assertEquals(ExitCode.ERROR, run.code(), command + ": " + run.out() + run.err());
      assertTrue(run.err().contains("does not match state-v1.schema.json (/resources: null found, object expected)"), run.err());
      assertFalse(run.err().contains("refreshing live state"), command + " refreshed from a broken state: " + run.err());
      assertEquals(edited, Files.readString(stateFile), command + " changed the state");
    }
  }

  @Test
  void forceUnlockWithAWrongIdChangesNothing() throws IOException {
    Files.writeString(StateBackends.sandboxHome(stateDir).resolve("state.lock.info"), "{\"ID\":\"left-by-a-killed-run\",\"Operation\":\"apply\","
        + "\"Who\":\"ci@runner-3\",\"Version\":\"0.1.0\",\"Created\":\"2026-12-01T02:00:00Z\",\"Path\":\"state\",\"Pid\":4242}");
    byte[] before = Files.readAllBytes(StateBackends.sandboxHome(stateDir).resolve("state.lock.info"));
    CliRun wrong = CliRun.of("force-unlock", "not-that-one", "--sandbox", "--state-dir", stateDir.toString());
    assertEquals(ExitCode.ERROR, wrong.code(), wrong.out() + wrong.err());
    assertTrue(wrong.err().contains("Nothing was unlocked."), wrong.err());
    assertArrayEquals(before, Files.readAllBytes(StateBackends.sandboxHome(stateDir).resolve("state.lock.info")));
    CliRun right = CliRun.of("force-unlock", "left-by-a-killed-run", "--sandbox", "--state-dir", stateDir.toString());
    assertEquals(ExitCode.OK, right.code(), right.out() + right.err());
    assertFalse(Files.exists(StateBackends.sandboxHome(stateDir).resolve("state.lock.info")));
  }

  @Test
  void statePushRefusesAnOlderSerialOrAnotherLineageUnlessForced() throws IOException {
    Path older = dir.resolve("older.json");
    String current = Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json"));
    long serial = Long.parseLong(current.replaceFirst("(?s).*\"serial\" : (\\d+).*", "$1"));
    Files.writeString(older, current.replace("\"serial\" : " + serial, "\"serial\" : " + (serial - 1)));
    CliRun refused = CliRun.of("state", "push", "--sandbox", older.toString(), "--state-dir", stateDir.toString());
    assertEquals(ExitCode.ERROR, refused.code(), refused.out() + refused.err());
    assertTrue(refused.err().contains("its serial " + (serial - 1) + " is older than serial " + serial), refused.err());
    assertEquals(current, Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json")));

    Path other = dir.resolve("other.json");
    Files.writeString(other, current.replaceFirst("\"lineage\" : \"[^\"]+\"", "\"lineage\" : \"00000000-0000-4000-8000-000000000000\""));
    CliRun otherLineage = CliRun.of("state", "push", "--sandbox", other.toString(), "--state-dir", stateDir.toString());
    assertEquals(ExitCode.ERROR, otherLineage.code());
    assertTrue(otherLineage.err().contains("it has lineage 00000000-0000-4000-8000-000000000000 but the state at"), otherLineage.err());

    CliRun forced = CliRun.of("state", "push", "--sandbox", older.toString(), "--force", "--state-dir", stateDir.toString());
    assertEquals(ExitCode.OK, forced.code(), forced.out() + forced.err());
    assertTrue(Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json")).contains("\"serial\" : " + (serial - 1)));

    CliRun nothing = CliRun.of("state", "push", "--sandbox", "--state-dir", stateDir.toString());
    assertEquals(ExitCode.ERROR, nothing.code());
    assertTrue(nothing.err().contains("no failed save is waiting to be pushed"), nothing.err());
  }
}
