package dev.tiac.sandbox.world;

import java.util.Arrays;

/**
 * Endpoint Sensor events in parallel primitive arrays over a string pool: a million events take a
 * few tens of megabytes. Each event: endpoint index, Unix second, kind, acting process image,
 * its parent image, the object (file path, child image or remote host), command line and account.
 */
public final class Telemetry {
  private final StringPool pool = new StringPool();
  private int size;
  private int[] host = new int[16];
  private long[] time = new long[16];
  private byte[] kind = new byte[16];
  private int[] actor = new int[16];
  private int[] parent = new int[16];
  private int[] object = new int[16];
  private int[] commandLine = new int[16];
  private int[] account = new int[16];

  public void add(int endpoint, long unixSeconds, EventKind k, String actorImage, String parentImage, String obj, String cmd, String acct) {
    if (size == host.length) {
      grow();
    }
    host[size] = endpoint;
    time[size] = unixSeconds;
    kind[size] = (byte) k.ordinal();
    actor[size] = pool.id(actorImage);
    parent[size] = pool.id(parentImage);
    object[size] = pool.id(obj);
    commandLine[size] = pool.id(cmd);
    account[size] = pool.id(acct);
    size++;
  }

  private void grow() {
    int n = host.length * 2;
    host = Arrays.copyOf(host, n);
    time = Arrays.copyOf(time, n);
    kind = Arrays.copyOf(kind, n);
    actor = Arrays.copyOf(actor, n);
    parent = Arrays.copyOf(parent, n);
    object = Arrays.copyOf(object, n);
    commandLine = Arrays.copyOf(commandLine, n);
    account = Arrays.copyOf(account, n);
  }

  public int size() {
    return size;
  }

  public StringPool pool() {
    return pool;
  }

  public int host(int i) {
    return host[i];
  }

  public long time(int i) {
    return time[i];
  }

  public EventKind kind(int i) {
    return EventKind.values()[kind[i]];
  }

  public int actor(int i) {
    return actor[i];
  }

  public int parent(int i) {
    return parent[i];
  }

  public int object(int i) {
    return object[i];
  }

  public int commandLine(int i) {
    return commandLine[i];
  }

  public int account(int i) {
    return account[i];
  }

  /** A fingerprint over every event, for determinism tests. */
  public long fingerprint() {
    long h = 1125899906842597L;
    for (int i = 0; i < size; i++) {
      h = 31 * h + host[i];
      h = 31 * h + time[i];
      h = 31 * h + kind[i];
      h = 31 * h + pool.get(object[i]).hashCode();
      h = 31 * h + pool.get(commandLine[i]).hashCode();
    }
    return h;
  }
}
