package dev.tiac.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * The examples and exit codes every {@code --help} ends with, kept together so that a new command
 * is one entry here (the help test fails for a command without one) and exit codes keep the
 * meanings {@link ExitCode} gives them. Every example runs as printed from a checkout's root.
 */
final class HelpSections {
  /** What one command's help adds: commands to copy, and the exit codes that command can end with. */
  record Section(List<String> examples, Map<Integer, String> exitCodes) {
    Section {
      examples = List.copyOf(examples);
      exitCodes = Map.copyOf(exitCodes);
    }
  }

  private static final String OK = "success";
  private static final String ERROR = "bad input or a failure (the message says which, with file:line where there is one)";
  private static final String USAGE = "command-line usage error";

  private static final Map<String, Section> SECTIONS = Map.ofEntries(
      entry("tiac", List.of("tiac validate samples/acme.yaml", "tiac apply --sandbox --auto-approve samples/acme.yaml",
          "source <(tiac completion bash)"), Map.of()),
      entry("tiac help", List.of("tiac help plan"), Map.of()),
      entry("tiac validate", List.of("tiac validate samples/acme.yaml", "tiac validate samples/acme.yaml samples/overlays/production.yaml",
          "tiac validate --json samples/acme.yaml"), Map.of(ExitCode.ERROR, "a file is invalid (each problem as file:line:column)")),
      entry("tiac plan", List.of("tiac plan --sandbox samples/acme.yaml", "tiac plan --sandbox --detailed-exitcode --out plan.json samples/acme.yaml"),
          Map.of(ExitCode.CHANGES, "with --detailed-exitcode: apply has changes to make")),
      entry("tiac apply", List.of("tiac apply --sandbox samples/acme.yaml", "tiac apply --sandbox --auto-approve samples/acme.yaml",
          "tiac apply --sandbox plan.json"), Map.of(ExitCode.ERROR, "an error, or the apply was refused or declined; state keeps what was done")),
      entry("tiac drift", List.of("tiac drift --sandbox samples/acme.yaml", "tiac drift --sandbox --report sarif,html --report-dir out samples/acme.yaml"),
          Map.of(ExitCode.OK, "no drift (unknown checks and attested settings are listed as unverified, never as passing)",
              ExitCode.CHANGES, "drift: a change apply would make, or a check that fails (with --fail-on-unknown, also one that is unknown)")),
      entry("tiac query", List.of("tiac query --sandbox samples/acme.yaml", "tiac query --sandbox --format html samples/acme.yaml > findings.html",
          "tiac query --sandbox --fail-on-match samples/acme.yaml invoice-phish-to-endpoint"),
          Map.of(ExitCode.OK, "no finding, or findings without --fail-on-match", ExitCode.MATCHED, "with --fail-on-match: an investigation found something")),
      entry("tiac query test", List.of("tiac query test samples/acme.yaml", "tiac query test --junit target/query-tests.xml samples/acme.yaml"),
          Map.of(ExitCode.OK, "every case passed", ExitCode.ERROR, "a case failed, or an error")),
      entry("tiac export", List.of("tiac export --sandbox", "tiac export --sandbox --out exported.yaml"), Map.of()),
      entry("tiac attest", List.of("tiac attest --sandbox samples/acme.yaml --address 'cas.serviceAccount[\"exchangeOnline\"]' --note 'added in the console'"),
          Map.of()),
      entry("tiac force-unlock", List.of("tiac force-unlock 3f2c9a1e-0d4b-4c55-9a77-1b2f3c4d5e6f"), Map.of()),
      entry("tiac state", List.of("tiac state show", "tiac state push"), Map.of()),
      entry("tiac state show", List.of("tiac state show", "tiac state show .tiac/state.errored.json"), Map.of()),
      entry("tiac state pull", List.of("tiac state pull > state-backup.json"), Map.of()),
      entry("tiac state push", List.of("tiac state push", "tiac state push --lock-timeout 1m30s .tiac/state.errored.json"), Map.of()),
      entry("tiac state rebind", List.of("tiac state rebind samples/acme.yaml"), Map.of()),
      entry("tiac schema", List.of("tiac schema > tiac-v1.schema.json", "tiac schema --overlay > tiac-v1-overlay.schema.json", "tiac schema --markdown --depth 2"), Map.of()),
      entry("tiac completion", List.of("source <(tiac completion bash)", "source <(tiac completion zsh)",
          "tiac completion fish > ~/.config/fish/completions/tiac.fish"), Map.of()),
      entry("tiac sandbox", List.of("tiac sandbox serve", "tiac sandbox console show"), Map.of()),
      entry("tiac sandbox serve", List.of("tiac sandbox serve", "tiac sandbox serve --latency 50 --fault-rate 0.05"), Map.of()),
      entry("tiac sandbox reset", List.of("tiac sandbox reset"), Map.of()),
      entry("tiac sandbox console", List.of("tiac sandbox console show",
          "tiac sandbox console cas-policy set \"Default Exchange Policy ATP\" --status OFF"), Map.of()),
      entry("tiac sandbox console show", List.of("tiac sandbox console show"), Map.of()),
      entry("tiac sandbox console licence", List.of("tiac sandbox console licence set \"Cloud App Security\" --seats 5000 --expires 2027-12-31",
          "tiac sandbox console licence remove \"Cloud App Security\""), Map.of()),
      entry("tiac sandbox console cas-service-account", List.of("tiac sandbox console cas-service-account add"), Map.of()),
      entry("tiac sandbox console cas-policy", List.of("tiac sandbox console cas-policy set \"Default Exchange Policy ATP\" --status ON"), Map.of()),
      entry("tiac sandbox console cas-token", List.of("tiac sandbox console cas-token list",
          "tiac sandbox console cas-token create --name ci-token"), Map.of()),
      entry("tiac sandbox console cloud-services", List.of("tiac sandbox console cloud-services show"), Map.of()),
      entry("tiac sandbox console ad-sync", List.of("tiac sandbox console ad-sync show", "tiac sandbox console ad-sync enable"), Map.of()),
      entry("tiac sandbox console apexone-policy", List.of("tiac sandbox console apexone-policy list"), Map.of()),
      entry("tiac sandbox console email-client", List.of("tiac sandbox console email-client set WS00001 outlook.exe"), Map.of()));

  private HelpSections() {}

  private static Map.Entry<String, Section> entry(String command, List<String> examples, Map<Integer, String> specific) {
    Map<Integer, String> codes = new LinkedHashMap<>();
    codes.put(ExitCode.OK, OK);
    codes.put(ExitCode.ERROR, ERROR);
    codes.putAll(specific);
    codes.put(ExitCode.USAGE, USAGE);
    return Map.entry(command, new Section(examples, codes));
  }

  /** The section of a command named as typed, e.g. {@code tiac query test}. */
  static Optional<Section> of(String qualifiedName) {
    return Optional.ofNullable(SECTIONS.get(qualifiedName));
  }

  /** Adds examples and exit codes to {@code cli} and every command under it, and {@code --help} where a command lacks it. */
  static void install(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    if (spec.optionsMap().get("--help") == null) {
      spec.mixinStandardHelpOptions(true);
    }
    of(spec.qualifiedName()).ifPresent(section -> {
      spec.usageMessage().footerHeading("%nExamples:%n");
      spec.usageMessage().footer(section.examples().stream().map(e -> "  " + e.replace("%", "%%").replace("${", "$${")).toArray(String[]::new));
      Map<String, String> codes = new LinkedHashMap<>();
      section.exitCodes().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> codes.put(String.format("%3d", e.getKey()), e.getValue()));
      spec.usageMessage().exitCodeListHeading("%nExit codes:%n");
      spec.usageMessage().exitCodeList(codes);
    });
    cli.getSubcommands().values().forEach(HelpSections::install);
  }
}
