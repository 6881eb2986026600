package dev.tiac.query.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Cloud App Security email sweep. */
public interface MailSource {
  /**
   * Sweeps with the given filters under their wire names ({@code sender}, {@code start}, …,
   * {@code limit}); the stream is lazy and yields one page per request, so a caller that keeps
   * only its matches holds memory in proportion to them, not to the mail volume.
   */
  Stream<List<SweptMail>> sweep(Map<String, String> filters);
}
