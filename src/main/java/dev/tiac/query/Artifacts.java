package dev.tiac.query;

import dev.tiac.query.source.SweptMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What endpoint activity is matched against: attachment names and URL hosts (or the bare
 * indicator when there is no mail), lower case.
 */
public record Artifacts(List<String> fileNames, List<String> urlParts) {
  public Artifacts {
    fileNames = lower(fileNames);
    urlParts = lower(urlParts);
  }

  public static Artifacts of(SweptMail mail) {
    List<String> parts = new ArrayList<>(mail.urlHosts());
    parts.addAll(mail.urls());
    return new Artifacts(mail.attachmentNames(), parts);
  }

  public boolean isEmpty() {
    return fileNames.isEmpty() && urlParts.isEmpty();
  }

  private static List<String> lower(List<String> values) {
    return values.stream().filter(v -> !v.isBlank()).map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
  }
}
