package dev.tiac.providers.cas;

import java.util.List;

/** One page of results; memory grows with the pages a caller keeps, not with the mailbox size. */
public record CasPage<T>(List<T> items, String traceId) {
  public CasPage {
    items = List.copyOf(items);
  }
}
