package dev.tiac.contract;

/** The security direction of a change: weakening changes are listed first and need an opt-in. */
public enum Direction {
  WEAKENING,
  STRENGTHENING,
  NEUTRAL
}
