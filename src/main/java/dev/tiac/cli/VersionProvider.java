package dev.tiac.cli;

import picocli.CommandLine;

/** {@code tiac --version}: the version from the jar manifest, the commit and the build date the build recorded. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return Versions.described();
  }
}
