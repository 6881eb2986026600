package dev.tiac.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code FILE… [NAME…]}: YAML files (or any existing file), then investigation names. */
record FilesAndNames(List<Path> files, List<String> names) {
  FilesAndNames {
    files = List.copyOf(files);
    names = List.copyOf(names);
  }

  static FilesAndNames of(List<String> arguments) {
    List<Path> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String a : arguments) {
      if (a.endsWith(".yaml") || a.endsWith(".yml") || Files.isRegularFile(Path.of(a))) {
        files.add(Path.of(a));
      } else {
        names.add(a);
      }
    }
    return new FilesAndNames(files, names);
  }
}
