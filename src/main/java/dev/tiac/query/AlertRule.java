package dev.tiac.query;

import java.util.List;

/** Which chains are findings under a query's {@code alertWhen}. */
final class AlertRule {
  private AlertRule() {}

  static List<Finding> findings(Query query, List<Chain> chains) {
    return chains.stream().filter(c -> switch (query.alertWhen()) {
      case chainComplete -> c.complete();
      case anyMail -> c.mail().isPresent();
      case anyActivity -> !c.events().isEmpty();
    }).map(c -> new Finding(query.name(), query.severity(), c, Explanation.of(c))).toList();
  }
}
