package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every pending console step names the command that confirms it, and that command runs exactly as printed. */
class AttestHintTest {
  private static final Pattern HINT = Pattern.compile("once done, run: (tiac attest .*)$", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void thePrintedAttestCommandRunsAsPrinted() throws Exception {
    Path base = dir.resolve("acme base.yaml");
    Files.writeString(base, CliRun.sampleWithCanary(dir, "canary-hint"));
    Path overlay = dir.resolve("production.yaml");
    Files.copy(Path.of("samples/overlays/production.yaml"), overlay);
    Path stateDir = dir.resolve("state dir");
    CliRun apply = CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", base.toString(), overlay.toString());
    assertEquals(ExitCode.CHANGES, apply.code(), apply.out() + apply.err());
    assertFalse(apply.out().lines().anyMatch(l -> l.contains("once done, run:") && l.contains("FILE")), "no placeholder in a hint:\n" + apply.out());
    assertTrue(apply.err().contains("Pending: after doing this, run: tiac attest --sandbox --state-dir '" + stateDir + "' '" + base + "' " + overlay),
        apply.err());
    Matcher hint = HINT.matcher(apply.out());
    assertTrue(hint.find(), apply.out());
    String[] words = HelpTest.Shell.words(hint.group(1));
    assertEquals("tiac", words[0]);
    CliRun attest = CliRun.of(Arrays.copyOfRange(words, 1, words.length));
    assertEquals(ExitCode.OK, attest.code(), hint.group(1) + "\n" + attest.err());
    assertTrue(attest.out().startsWith("Attested "), attest.out());
  }

  @Test
  void wordsAreQuotedOnlyWhereAShellNeedsIt() {
    assertEquals("samples/acme.yaml", AttestHint.quoted("samples/acme.yaml"));
    assertEquals("'cas.policy[\"Default Exchange Policy ATP\"]'", AttestHint.quoted("cas.policy[\"Default Exchange Policy ATP\"]"));
    assertEquals("'it'\\''s'", AttestHint.quoted("it's"));
    assertEquals(List.of("it's", "a b"), List.of(HelpTest.Shell.words(AttestHint.quoted("it's") + " " + AttestHint.quoted("a b"))));
  }
}
