package dev.tiac.query;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.query.source.EsCriterion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the activity an Endpoint Sensor match shows. Historical investigations report values, not
 * process trees, so "spawned from outlook.exe" is read where it is visible in a command line: Outlook
 * opens attachments from its own attachment folder (Content.Outlook, or Olk for the new Outlook).
 */
final class ActivityClassifier {
  private static final List<String> OUTLOOK_MARKERS =
      List.of("\\content.outlook\\", "\\olk\\attachments\\", "outlook.exe");

  private ActivityClassifier() {}

  static Optional<Activity> classify(EsCriterion criterion, String value, Artifacts artifacts) {
    String v = value.toLowerCase(Locale.ROOT);
    switch (criterion.field()) {
      case FILE_NAME:
        String base = v.substring(Math.max(v.lastIndexOf('\\'), v.lastIndexOf('/')) + 1);
        return artifacts.fileNames().contains(base) ? Optional.of(Activity.attachmentWrittenOrRun) : Optional.empty();
      case COMMAND_LINE:
        if (artifacts.fileNames().stream().anyMatch(v::contains)) {
          return Optional.of(OUTLOOK_MARKERS.stream().anyMatch(v::contains)
              ? Activity.spawnedFromOutlook : Activity.attachmentWrittenOrRun);
        }
        return artifacts.urlParts().stream().anyMatch(v::contains)
            ? Optional.of(Activity.commandLineHasMailUrl) : Optional.empty();
      default:
        return Optional.empty();
    }
  }
}
