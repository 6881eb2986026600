package dev.tiac.query;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.query.source.Account;
import dev.tiac.query.source.EndpointHit;
import dev.tiac.query.source.EsCriterion;
import dev.tiac.query.source.SweptMail;
import dev.tiac.time.ShownTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Joins locally: a mail's mailbox to its directory user by address, the user to endpoints by the
 * account Endpoint Sensor saw there, and an endpoint's matches to the mail by value and time. Only
 * activity first seen after the delivery counts; everything else is kept as a rejection with its reason.
 */
public final class ChainJoiner {
  private final Query query;
  private final List<EsCriterion> criteria;
  private final Optional<String> onlyHost;
  private final List<Rejection> rejected = new ArrayList<>();
  private final Set<String> joinedHosts = new HashSet<>();

  public ChainJoiner(Query query, List<EsCriterion> criteria, Optional<String> onlyHost) {
    this.query = query;
    this.criteria = List.copyOf(criteria);
    this.onlyHost = onlyHost.map(h -> h.toLowerCase(Locale.ROOT));
  }

  /** One chain per mail and mailbox, and per endpoint of that mailbox's user. */
  public List<Chain> join(List<SweptMail> mails, List<Account> accounts, Optional<List<EndpointHit>> hits) {
    List<Chain> chains = new ArrayList<>();
    for (SweptMail mail : mails) {
      for (String address : mail.deliveredTo()) {
        Optional<Account> user = accounts.stream().filter(a -> a.hasAddress(address)).findFirst();
        if (user.isEmpty() || hits.isEmpty()) {
          chains.add(new Chain(Optional.of(mail), user, Optional.empty(), List.of()));
          continue;
        }
        List<EndpointHit> endpoints = hits.get().stream().filter(h -> usedBy(h, user.get())).filter(this::inScope).toList();
        if (endpoints.isEmpty()) {
          chains.add(new Chain(Optional.of(mail), user, Optional.empty(), List.of()));
        }
        for (EndpointHit hit : endpoints) {
          List<Event> events = events(hit, Artifacts.of(mail), mail.delivered(), true);
          if (!events.isEmpty()) {
            joinedHosts.add(hit.agentGuid());
          }
          chains.add(new Chain(Optional.of(mail), user, Optional.of(ref(hit)), events));
        }
      }
    }
    return chains;
  }

  /** Endpoints with activity on the bare indicator that no mail chain explains (alertWhen anyActivity). */
  public List<Chain> unexplained(List<EndpointHit> hits, Artifacts indicator, List<Account> accounts) {
    List<Chain> chains = new ArrayList<>();
    for (EndpointHit hit : hits) {
      if (joinedHosts.contains(hit.agentGuid()) || !inScope(hit)) {
        continue;
      }
      List<Event> events = events(hit, indicator, query.window().start(), false);
      if (!events.isEmpty()) {
        Optional<Account> user = accounts.stream().filter(a -> usedBy(hit, a)).findFirst();
        chains.add(new Chain(Optional.empty(), user, Optional.of(ref(hit)), events));
      }
    }
    return chains;
  }

  public List<Rejection> rejected() {
    return List.copyOf(rejected);
  }

  private boolean inScope(EndpointHit hit) {
    return onlyHost.isEmpty() || onlyHost.get().equals(hit.hostName().toLowerCase(Locale.ROOT));
  }

  /** The user works on the endpoint: Endpoint Sensor reports their account there. */
  private boolean usedBy(EndpointHit hit, Account user) {
    String sam = user.samAccountName().toLowerCase(Locale.ROOT);
    if (sam.isEmpty()) {
      return false;
    }
    return EndpointHit.accountOf(hit.userName()).equals(sam) || hit.seen().stream().anyMatch(s ->
        s.criterion() < criteria.size() && criteria.get(s.criterion()).field() == EsCriterion.Field.ACCOUNT
            && EndpointHit.accountOf(s.value()).equals(sam));
  }

  private List<Event> events(EndpointHit hit, Artifacts artifacts, Instant notBefore, boolean delivery) {
    List<Event> events = new ArrayList<>();
    for (EndpointHit.Seen seen : hit.seen()) {
      if (seen.criterion() < 0 || seen.criterion() >= criteria.size()) {
        continue;
      }
      Optional<Activity> activity = ActivityClassifier.classify(criteria.get(seen.criterion()), seen.value(), artifacts);
      if (activity.isEmpty() || !query.counts(activity.get())) {
        continue;
      }
      Duration after = Duration.between(notBefore, seen.firstSeen());
      if (after.isNegative()) {
        rejected.add(new Rejection(hit.hostName(), seen.value(), "first seen " + ShownTime.of(seen.firstSeen())
            + (delivery ? ", before the delivery at " + ShownTime.of(notBefore) : ", before the window starts")));
      } else if (query.activityWithin().isPresent() && after.compareTo(query.activityWithin().get()) > 0) {
        rejected.add(new Rejection(hit.hostName(), seen.value(), "first seen " + Durations.format(after)
            + " after the delivery, later than the " + query.activityWithin().get().toHours() + " hours allowed"));
      } else {
        events.add(new Event(activity.get(), seen.value(), seen.firstSeen(), seen.lastSeen(),
            delivery ? Optional.of(after) : Optional.empty()));
      }
    }
    return events;
  }

  private static EndpointRef ref(EndpointHit hit) {
    return new EndpointRef(hit.agentGuid(), hit.hostName(), hit.ip(), hit.userName());
  }
}
