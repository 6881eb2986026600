package dev.tiac.cli;

/** The running tiac version, from the jar manifest. */
final class Versions {
  private Versions() {}

  static String current() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
