package dev.tiac.sandbox.console;

/** A CAS policy and its status switch. */
public record CasPolicy(String name, boolean on) {
  public static final String ATP = "Default Exchange Policy ATP";
  public static final String DLP = "Default Exchange Policy DLP";
}
