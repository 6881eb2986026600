package dev.tiac.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * A fish completion script for a picocli command tree (picocli writes bash and zsh only): each
 * command's subcommands once its parent is typed and none of its siblings yet, and its options with
 * their descriptions.
 */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandLine root) {
    String name = root.getCommandName();
    StringBuilder out = new StringBuilder("# fish completion for ").append(name).append(", written by '").append(name)
        .append(" completion fish'\n");
    walk(root, List.of(), name, out);
    return out.toString();
  }

  private static void walk(CommandLine cli, List<String> path, String program, StringBuilder out) {
    CommandSpec spec = cli.getCommandSpec();
    Map<String, CommandLine> children = cli.getSubcommands();
    List<String> names = new ArrayList<>();
    children.forEach((childName, child) -> {
      if (child.getCommandName().equals(childName) && !spec.usageMessage().hidden()) {
        names.add(childName);
      }
    });
    String here = condition(path, names);
    for (String child : names) {
      out.append("complete -c ").append(program).append(" -f -n ").append(quote(here)).append(" -a ").append(quote(child))
          .append(" -d ").append(quote(summary(children.get(child).getCommandSpec().usageMessage().description()))).append('\n');
    }
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      out.append("complete -c ").append(program).append(" -n ").append(quote(here));
      for (String optionName : option.names()) {
        out.append(optionName.startsWith("--") ? " -l " + optionName.substring(2) : " -s " + optionName.substring(1));
      }
      if (option.arity().max() > 0) {
        out.append(" -r");
      }
      out.append(" -d ").append(quote(summary(option.description()))).append('\n');
    }
    for (String child : names) {
      List<String> deeper = new ArrayList<>(path);
      deeper.add(child);
      walk(children.get(child), deeper, program, out);
    }
  }

  /** True once the path is typed and none of this command's own subcommands yet. */
  private static String condition(List<String> path, List<String> children) {
    List<String> parts = new ArrayList<>();
    if (path.isEmpty()) {
      parts.add("__fish_use_subcommand");
    } else {
      path.forEach(p -> parts.add("__fish_seen_subcommand_from " + p));
      if (!children.isEmpty()) {
        parts.add("not __fish_seen_subcommand_from " + String.join(" ", children));
      }
    }
    return String.join("; and ", parts);
  }

  private static String summary(String[] description) {
    String first = description.length == 0 ? "" : description[0];
    return first.replace("${DEFAULT-VALUE}", "").replace("%n", " ").replace("%%", "%");
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
