package dev.tiac.providers.cas;

import java.util.List;

/** The blocked senders, URLs and file hashes; a list the service omits is empty. */
public record BlockedLists(List<String> senders, List<String> urls, List<String> fileSha1,
    List<String> fileSha256) {
  public BlockedLists {
    senders = List.copyOf(senders);
    urls = List.copyOf(urls);
    fileSha1 = List.copyOf(fileSha1);
    fileSha256 = List.copyOf(fileSha256);
    for (List<String> list : List.of(senders, urls, fileSha1, fileSha256)) {
      if (list.size() > 2048) {
        throw new IllegalArgumentException("a blocked list holds at most 2,048 entries");
      }
    }
  }

  public boolean isEmpty() {
    return senders.isEmpty() && urls.isEmpty() && fileSha1.isEmpty() && fileSha256.isEmpty();
  }
}
