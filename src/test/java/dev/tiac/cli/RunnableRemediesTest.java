package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command a plan prints as a remedy runs as printed: the run's own files, sandbox and state
 * dir, the real address, quoted for a shell; {@code tiac attest} asks for a check's facts.
 */
class RunnableRemediesTest {
  @TempDir Path dir;

  @Test
  void everyPrintedRemedyCommandParsesAndEveryAttestRunsAsPrinted() throws Exception {
    Path base = dir.resolve("acme base.yaml");
    Files.writeString(base, CliRun.sampleWithCanary(dir, "canary-remedy"));
    Path stateDir = dir.resolve("state dir");
    CliRun plan = CliRun.withState(stateDir, "plan", "--sandbox", base.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    Set<String> commands = commands(plan.out());
    assertTrue(commands.stream().anyMatch(c -> c.contains("--address 'clp.licence[\"cloudAppSecurity\"]'")), String.join("\n", commands));
    assertTrue(commands.stream().anyMatch(c -> c.contains("--address 'ad.server[")), String.join("\n", commands));
    assertTrue(commands.stream().anyMatch(c -> c.startsWith("tiac apply ")), String.join("\n", commands));
    for (String command : commands) {
      assertFalse(command.matches(".*\\b(FILE|N|YYYY-MM-DD)\\b.*"), "a placeholder in: " + command);
      String[] words = HelpTest.Shell.words(command);
      assertEquals("tiac", words[0], command);
      assertEquals(List.of(base.toString()), List.of(words).stream().filter(w -> w.endsWith(".yaml")).toList(), command);
      String[] args = Arrays.copyOfRange(words, 1, words.length);
      TiacCommand.commandLine(false).parseArgs(args);
      if (words[1].equals("attest")) {
        CliRun attest = attest(Arrays.copyOfRange(args, 1, args.length));
        assertEquals(ExitCode.OK, attest.code(), command + "\n" + attest.err());
        assertTrue(attest.out().startsWith("Attested "), attest.out());
      }
    }
    CliRun after = CliRun.withState(stateDir, "plan", "--sandbox", base.toString());
    assertTrue(SampleSandbox.check(after.out(), "clp.licence[\"cloudAppSecurity\"]").contains("4000 seats attested"), after.out());
    assertTrue(SampleSandbox.check(after.out(), "ad.server[\"dc01.corp.acme.example\"]").contains(".NET Framework 4.8"), after.out());
  }

  @Test
  void attestAsksForACheckFactsAgainAfterAWrongAnswerAndRefusesWithoutAnyoneToAsk() throws Exception {
    Path base = dir.resolve("acme.yaml");
    Files.writeString(base, CliRun.sampleWithCanary(dir, "canary-ask"));
    String stateDir = dir.resolve(".tiac").toString();
    String[] args = {"--sandbox", "--state-dir", stateDir, base.toString(), "--address", "clp.licence[\"endpointSensor\"]"};
    CliRun asked = attest(args, "many\n5000\n2027-01-31\n");
    assertEquals(ExitCode.OK, asked.code(), asked.err());
    assertTrue(asked.err().contains("Seats, as the Customer Licensing Portal shows them: " + "  not a whole number such as 4000; try again"), asked.err());
    assertTrue(asked.out().contains("(seats, expires)"), asked.out());
    CliRun nobody = attest(args, "");
    assertEquals(ExitCode.ERROR, nobody.code());
    assertTrue(nobody.err().contains("is a check: name what you read with --fact, e.g. --fact seats=4000 --fact expires=2027-06-30"), nobody.err());
  }

  @Test
  void aWarningThatNamesTiacApplyIsCompletedToo() {
    dev.tiac.contract.Address token = dev.tiac.contract.Address.of(dev.tiac.contract.ResourceKind.CAS_TOKEN, "apex-central-correlation");
    java.time.Instant now = java.time.Instant.parse("2027-06-01T00:00:00Z");
    List<String> warnings = dev.tiac.report.ExpiringCredentials.warnings(List.of(token),
        java.util.Map.of(token, dev.tiac.contract.LiveResource.of(token, java.util.Map.of("expiresAt", dev.tiac.contract.Value.text("2027-06-13T00:00:00Z")))), a -> Optional.empty(), now);
    dev.tiac.plan.Plan plan = new dev.tiac.plan.Plan("acme", "l", 1, java.util.Map.of(), java.util.Map.of(), List.of(), warnings, List.of());
    RunOptions options = new RunOptions();
    options.sandbox = true;
    options.stateDir = Path.of(".tiac");
    dev.tiac.plan.Plan completed = RunnableRemedies.complete(plan, List.of(Path.of("my setup", "acme.yaml")), options);
    assertTrue(completed.warnings().get(0).endsWith("; run: tiac apply --sandbox 'my setup/acme.yaml'"), completed.warnings().get(0));
    assertEquals(completed, RunnableRemedies.complete(completed, List.of(Path.of("my setup", "acme.yaml")), options), "completing twice changes nothing");
  }

  /** Licences take seats and an expiry date, servers a .NET version; console steps take no answers. */
  private static CliRun attest(String[] args) {
    String address = args[Arrays.asList(args).indexOf("--address") + 1];
    return attest(args, address.startsWith("clp.licence") ? "4000\n2027-06-30\n" : address.startsWith("ad.server") ? "4.8\n" : "");
  }

  private static CliRun attest(String[] args, String answers) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new AttestCommand(() -> Optional.of(new BufferedReader(new StringReader(answers)))));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * The commands after "run: " in the text, each to the end of its line or to a "; " outside quotes
   * (the readiness joins its fixes with it).
   */
  static Set<String> commands(String text) {
    Set<String> commands = new LinkedHashSet<>();
    for (String line : text.split("\n")) {
      for (int at = line.indexOf("run: tiac "); at >= 0; at = line.indexOf("run: tiac ", at + 1)) {
        int end = at + 5;
        boolean quoted = false;
        while (end < line.length() && (quoted || line.charAt(end) != ';')) {
          quoted ^= line.charAt(end) == '\'';
          end++;
        }
        commands.add(line.substring(at + 5, end).strip());
      }
    }
    return commands;
  }
}
