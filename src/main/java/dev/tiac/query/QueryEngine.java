package dev.tiac.query;

import dev.tiac.progress.Progress;
import dev.tiac.query.source.Account;
import dev.tiac.query.source.EndpointHit;
import dev.tiac.query.source.EsCriterion;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.Service;
import dev.tiac.query.source.SourceFailure;
import dev.tiac.query.source.SweptMail;
import dev.tiac.time.ShownTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Runs queries in the fewest calls: one sweep per starting point (per user mailbox for user and
 * endpoint starts), directory look-ups batched, one historical investigation with every criterion
 * (an endpoint start first learns its users from one filtered agent list), then the local join.
 */
public final class QueryEngine {
  private final QuerySources sources;
  private final Setup setup;
  private final Progress progress;

  public QueryEngine(QuerySources sources, Setup setup) {
    this(sources, setup, Progress.NONE);
  }

  /** An engine that tells {@code progress} each investigation as it ends and each sweep's pages as they come. */
  public QueryEngine(QuerySources sources, Setup setup, Progress progress) {
    this.sources = sources;
    this.setup = setup;
    this.progress = progress;
  }

  public List<QueryResult> run(List<Query> queries) {
    List<Progress.Work> work = queries.stream().map(q -> new Progress.Work(Progress.Stage.QUERY, "query", q.name())).toList();
    progress.planned(Progress.Stage.QUERY, work);
    List<QueryResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      progress.started(work.get(i));
      long start = System.nanoTime();
      QueryResult result = run(queries.get(i));
      progress.finished(work.get(i), outcome(result), Duration.ofNanos(System.nanoTime() - start));
      results.add(result);
    }
    return List.copyOf(results);
  }

  private static String outcome(QueryResult result) {
    int findings = result.findings().size();
    return switch (result.status()) {
      case MATCHED -> findings + (findings == 1 ? " finding" : " findings");
      case CLEAN -> "no findings";
      case PREREQUISITE_MISSING -> "a prerequisite is missing";
      case FAILED -> "failed";
    };
  }

  public QueryResult run(Query query) {
    Map<Service, Integer> before = sources.calls().snapshot();
    Run run = new Run(query);
    try {
      run.execute();
    } catch (SourceFailure e) {
      if (e.prerequisite()) {
        run.missing.add(new Prerequisite(e.service(), e.getMessage()));
      } else {
        run.failure = Optional.of(e.service().title() + ": " + e.getMessage());
      }
    } catch (RuntimeException e) {
      run.failure = Optional.of(String.valueOf(e.getMessage()));
    }
    return run.result(CallReport.between(before, sources.calls().snapshot(), run.minimum.calls()));
  }

  /** The mutable working state of one query; never leaves this class. */
  private final class Run {
    final Query query;
    final Minimum minimum = new Minimum();
    final List<SweptMail> mails = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final List<Chain> chains = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Prerequisite> missing = new ArrayList<>();
    List<Rejection> rejected = List.of();
    Optional<String> failure = Optional.empty();
    int swept;

    Run(Query query) {
      this.query = query;
    }

    void execute() {
      Optional<String> host = Optional.empty();
      switch (query.start().kind()) {
        case EMAIL, INDICATOR -> sweep(MailFilters.serverSide(query.start(), query.window()), MailFilters.local(query.start()));
        case USER -> startFromUser();
        case ENDPOINT -> host = startFromEndpoint();
      }
      if (!missing.isEmpty() || (host.isEmpty() && query.start().kind() == Start.Kind.ENDPOINT)) {
        return;
      }
      checkMailArrived();
      if (query.depth() == Query.Depth.MAIL) {
        chains.addAll(new ChainJoiner(query, List.of(), host).join(mails, List.of(), Optional.empty()));
        return;
      }
      if (query.start().kind() == Start.Kind.EMAIL || query.start().kind() == Start.Kind.INDICATOR) {
        List<String> addresses = mails.stream().flatMap(m -> m.deliveredTo().stream()).distinct().toList();
        accounts.addAll(lookUp(addresses));
      }
      correlate(host);
    }

    private void correlate(Optional<String> host) {
      Artifacts indicator = CriteriaBuilder.indicator(query.start());
      List<EsCriterion> criteria = query.depth() == Query.Depth.ENDPOINT_ACTIVITY
          ? CriteriaBuilder.build(query, mails, accounts, indicator, host) : List.of();
      ChainJoiner joiner = new ChainJoiner(query, criteria, host);
      Optional<List<EndpointHit>> hits = Optional.empty();
      if (!criteria.isEmpty()) {
        setup.endpointSensorProblem().ifPresent(p -> notes.add(p));
        hits = Optional.of(investigate(criteria));
      }
      chains.addAll(joiner.join(mails, accounts, hits));
      if (hits.isPresent() && query.alertWhen() == dev.tiac.config.model.Investigation.AlertWhen.anyActivity) {
        chains.addAll(joiner.unexplained(hits.get(), indicator, accounts));
      }
      rejected = joiner.rejected();
    }

    private void startFromUser() {
      Map.Entry<String, String> key = query.start().only();
      List<Account> found = key.getKey().equals("samAccountName")
          ? sources.directory().byAccountName(List.of(key.getValue()))
          : sources.directory().byAddress(List.of(key.getValue()));
      minimum.directory(1);
      found.stream().filter(a -> key.getKey().equals("samAccountName")
          ? a.samAccountName().equalsIgnoreCase(key.getValue()) : a.hasAddress(key.getValue()))
          .findFirst().ifPresentOrElse(accounts::add, () -> notes.add("no directory user has " + key.getKey() + " " + key.getValue()));
      accounts.forEach(a -> sweep(MailFilters.mailbox(a.mailbox(), query.window()), m -> true));
    }

    /** Learns the endpoint's users from Endpoint Sensor's agent list, then sweeps their mailboxes. */
    private Optional<String> startFromEndpoint() {
      Optional<String> host = query.start().field("hostName");
      if (host.isEmpty()) {
        String ip = query.start().field("ip").orElseThrow();
        minimum.productAgents();
        host = sources.endpointSensor().hostNameOf(ip);
        if (host.isEmpty()) {
          notes.add("no Security Agent reports IP " + ip);
          return host;
        }
      }
      minimum.agentList();
      List<String> users = sources.endpointSensor().usersOn(host.get());
      if (users.isEmpty()) {
        notes.add("Endpoint Sensor reports no user on " + host.get());
        return Optional.empty();
      }
      accounts.addAll(lookUp(users, true));
      accounts.forEach(a -> sweep(MailFilters.mailbox(a.mailbox(), query.window()), m -> true));
      return host;
    }

    private List<Account> lookUp(List<String> keys) {
      return lookUp(keys, false);
    }

    private List<Account> lookUp(List<String> keys, boolean accountNames) {
      if (keys.isEmpty()) {
        return List.of();
      }
      minimum.directory(keys.size());
      return accountNames ? sources.directory().byAccountName(keys) : sources.directory().byAddress(keys);
    }

    private List<EndpointHit> investigate(List<EsCriterion> criteria) {
      List<EndpointHit> hits = sources.endpointSensor().investigate(criteria, query.window().start());
      minimum.investigation(hits.size());
      return hits;
    }

    /** Streams the pages, keeping only matches: memory follows the matches, not the mail volume. */
    private void sweep(Map<String, String> filters, Predicate<SweptMail> keep) {
      int[] returned = {0};
      int[] read = {0};
      try (var pages = sources.mail().sweep(filters)) {
        pages.forEach(page -> {
          returned[0] += page.size();
          page.stream().filter(keep).forEach(mails::add);
          progress.counted(new Progress.Count(Service.CLOUD_APP_SECURITY.title(), "pages", ++read[0], OptionalInt.empty()));
        });
      }
      progress.counted(Progress.Count.finished(Service.CLOUD_APP_SECURITY.title(), "pages", read[0]));
      swept += returned[0];
      minimum.sweep(returned[0]);
      if (returned[0] == 0 && MailFilters.onlyWindow(filters)) {
        noMailAtAll();
      }
    }

    /** An empty answer is clean only if the service has mail at all; otherwise say what is missing. */
    private void checkMailArrived() {
      if (swept > 0 || !missing.isEmpty() || (accounts.isEmpty() && query.start().kind() != Start.Kind.EMAIL
          && query.start().kind() != Start.Kind.INDICATOR)) {
        return;
      }
      if (setup.mailProblem().isPresent()) {
        missing.add(new Prerequisite(Service.CLOUD_APP_SECURITY, setup.mailProblem().get()));
        return;
      }
      minimum.probe();
      boolean any;
      try (var pages = sources.mail().sweep(MailFilters.probe(query.window()))) {
        any = pages.findFirst().map(p -> !p.isEmpty()).orElse(false);
      }
      if (!any) {
        noMailAtAll();
      }
    }

    private void noMailAtAll() {
      if (missing.stream().noneMatch(p -> p.service() == Service.CLOUD_APP_SECURITY)) {
        missing.add(new Prerequisite(Service.CLOUD_APP_SECURITY, setup.mailProblem().orElse(
            "Cloud App Security returned no mail at all between " + ShownTime.of(query.window().start()) + " and "
                + ShownTime.of(query.window().end()) + ": either no Exchange Online service account is added, or no "
                + "Default Exchange Policy (ATP or DLP) is ON; sweeps cover only the targets of enabled policies")));
      }
    }

    QueryResult result(CallReport calls) {
      List<Finding> findings = AlertRule.findings(query, chains);
      QueryResult.Status status = failure.isPresent() ? QueryResult.Status.FAILED
          : !missing.isEmpty() ? QueryResult.Status.PREREQUISITE_MISSING
          : findings.isEmpty() ? QueryResult.Status.CLEAN : QueryResult.Status.MATCHED;
      List<String> allNotes = new ArrayList<>(notes);
      failure.ifPresent(allNotes::add);
      return new QueryResult(query, status, findings, chains, rejected, allNotes, missing, calls);
    }
  }
}
