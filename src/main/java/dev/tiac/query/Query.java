package dev.tiac.query;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.config.model.Investigation.Respond;
import dev.tiac.config.model.Investigation.Severity;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One investigation with every default settled and its window fixed to instants, so planning,
 * running and reporting all read the same values.
 *
 * @param depth how far the chain is followed
 * @param activityWithin longest delay from delivery to activity that still joins
 */
public record Query(
    String name,
    String description,
    Severity severity,
    TimeWindow window,
    Start start,
    Depth depth,
    Set<Activity> activities,
    AlertWhen alertWhen,
    Optional<Duration> activityWithin,
    Optional<Respond> respond) {
  public Query {
    Objects.requireNonNull(name);
    Objects.requireNonNull(window);
    Objects.requireNonNull(start);
    activities = Set.copyOf(activities);
  }

  /** The links of the chain a query follows; each includes those before it. */
  public enum Depth { MAIL, USER, ENDPOINT_ACTIVITY }

  public boolean counts(Activity activity) {
    return activities.contains(activity)
        // Opening the attachment from Outlook is also running it.
        || (activity == Activity.spawnedFromOutlook && activities.contains(Activity.attachmentWrittenOrRun));
  }
}
