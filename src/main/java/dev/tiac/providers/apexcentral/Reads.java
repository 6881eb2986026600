package dev.tiac.providers.apexcentral;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Reads run on other threads, awaited as if made on this one. */
public final class Reads {
  private Reads() {}

  /** The read's result; its own failure is rethrown as is, so callers handle the client's failures as usual. */
  public static <T> T await(Future<T> read, String what) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
