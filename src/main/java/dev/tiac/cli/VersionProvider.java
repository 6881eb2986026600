package dev.tiac.cli;

import picocli.CommandLine;

/** Reads the version the build wrote into the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"tiac " + Versions.current()};
  }
}
