package dev.tiac.query;

import dev.tiac.query.source.Account;
import dev.tiac.query.source.SweptMail;
import java.util.List;
import java.util.Optional;

/** As much of mail → user → endpoint → activity as was found for one mail (or one endpoint). */
public record Chain(Optional<SweptMail> mail, Optional<Account> user, Optional<EndpointRef> endpoint,
    List<Event> events) {
  public Chain {
    events = List.copyOf(events);
  }

  /** Mail, its recipient's account, and activity on that user's endpoint after the delivery. */
  public boolean complete() {
    return mail.isPresent() && user.isPresent() && endpoint.isPresent() && !events.isEmpty();
  }
}
