package dev.tiac.sandbox.world;

/** The Endpoint Sensor activities the sandbox records. */
public enum EventKind {
  PROCESS_START,
  FILE_WRITE,
  FILE_OPEN,
  CONNECT
}
