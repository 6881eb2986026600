package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help}, found by walking the command tree, ends with examples and exit codes. */
class HelpTest {
  @Test
  void everyHelpShowsAnExampleAndTheExitCodes() {
    List<List<String>> commands = new ArrayList<>();
    walk(TiacCommand.commandLine(false), new ArrayList<>(), commands);
    assertTrue(commands.size() >= 20, "the whole tree is declared statically: " + commands);
    for (List<String> path : commands) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CliRun run = CliRun.of(args.toArray(String[]::new));
      String name = String.join(" ", path);
      assertEquals(ExitCode.OK, run.code(), name + ": " + run.err());
      assertTrue(run.out().matches("(?s).*Examples:\n  [^\n]*tiac .*"), name + " --help has no example:\n" + run.out());
      assertTrue(run.out().matches("(?s).*Exit codes:\n    0   .*"), name + " --help has no exit codes:\n" + run.out());
      assertTrue(run.out().contains(" 64   command-line usage error"), name + ":\n" + run.out());
      assertFalse(run.out().contains("\u001b["), "no colour when output is no terminal: " + name);
    }
  }

  @Test
  void commandSpecificExitCodesAreListed() {
    assertTrue(CliRun.of("drift", "--help").out().contains("2   drift: a change apply would make"));
    assertTrue(CliRun.of("plan", "--help").out().contains("2   with --detailed-exitcode"));
    assertTrue(CliRun.of("query", "--help").out().contains("3   with --fail-on-match"));
  }

  /** The examples name only commands that exist, with a shape picocli accepts. */
  @Test
  void everyExampleParses() {
    CommandLine root = TiacCommand.commandLine(false);
    List<List<String>> commands = new ArrayList<>();
    walk(root, new ArrayList<>(), commands);
    for (List<String> path : commands) {
      String name = String.join(" ", path);
      HelpSections.Section section = HelpSections.of(name.isEmpty() ? "tiac" : "tiac " + name).orElseThrow();
      for (String example : section.examples()) {
        if (!example.startsWith("tiac ")) {
          continue;
        }
        String[] words = Shell.words(example.substring("tiac ".length()).replaceAll("\\s*>.*$", ""));
        CommandLine fresh = TiacCommand.commandLine(false);
        fresh.parseArgs(words);
      }
    }
  }

  @Test
  void versionNamesTheCommitAndBuildDate() {
    CliRun run = CliRun.of("--version");
    assertEquals(ExitCode.OK, run.code());
    assertTrue(run.out().startsWith("tiac "), run.out());
    assertTrue(run.out().matches("(?s).*\ncommit: [0-9a-f]{7,}.*\nbuilt: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n"), run.out());
  }

  private static void walk(CommandLine cli, List<String> path, List<List<String>> found) {
    found.add(List.copyOf(path));
    for (Map.Entry<String, CommandLine> child : cli.getSubcommands().entrySet()) {
      if (child.getKey().equals(child.getValue().getCommandName())) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(child.getKey());
        walk(child.getValue(), deeper, found);
      }
    }
  }

  /** Splits a command line the way a POSIX shell would for single and double quotes and backslashes. */
  static final class Shell {
    private Shell() {}

    static String[] words(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      char quote = 0;
      boolean inWord = false;
      boolean escaped = false;
      for (char c : line.toCharArray()) {
        if (escaped) {
          word.append(c);
          escaped = false;
        } else if (quote == 0 && c == '\\') {
          escaped = true;
          inWord = true;
        } else if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          inWord = true;
        } else if (Character.isWhitespace(c)) {
          if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
          }
        } else {
          word.append(c);
          inWord = true;
        }
      }
      if (inWord) {
        words.add(word.toString());
      }
      return words.toArray(String[]::new);
    }
  }
}
