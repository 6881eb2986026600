package dev.tiac.sandbox.world;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent company: users, groups, endpoints that are both AD computers and Apex One agents,
 * mail in Cloud App Security (sorted by delivery time, oldest first), Endpoint Sensor telemetry and
 * the planted stories. Immutable once built; console state and API mutations live elsewhere.
 */
public final class World {
  private final Company company;
  private final Instant anchor;
  private final List<User> users;
  private final List<String> groups;
  private final List<Endpoint> endpoints;
  private final List<Mail> mails;
  private final Telemetry telemetry;
  private final List<AttackStory> stories;
  private final String apexOneServerGuid;
  private final Map<String, Integer> byAgent = new HashMap<>();
  private final Map<String, Integer> byHost = new HashMap<>();

  public World(Company company, Instant anchor, List<User> users, List<String> groups, List<Endpoint> endpoints,
      List<Mail> mails, Telemetry telemetry, List<AttackStory> stories, String apexOneServerGuid) {
    this.company = company;
    this.anchor = anchor;
    this.users = List.copyOf(users);
    this.groups = List.copyOf(groups);
    this.endpoints = List.copyOf(endpoints);
    List<Mail> sorted = new java.util.ArrayList<>(mails);
    sorted.sort(java.util.Comparator.comparingLong(Mail::delivered).thenComparing(Mail::uniqueId));
    this.mails = Collections.unmodifiableList(sorted);
    this.telemetry = telemetry;
    this.stories = List.copyOf(stories);
    this.apexOneServerGuid = apexOneServerGuid;
    for (int i = 0; i < endpoints.size(); i++) {
      byAgent.put(endpoints.get(i).agentGuid().toLowerCase(java.util.Locale.ROOT), i);
      byHost.put(endpoints.get(i).hostName().toLowerCase(java.util.Locale.ROOT), i);
    }
  }

  public Company company() {
    return company;
  }

  /** The instant the world's relative times were computed from. */
  public Instant anchor() {
    return anchor;
  }

  public List<User> users() {
    return users;
  }

  public List<String> groups() {
    return groups;
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  public List<Mail> mails() {
    return mails;
  }

  /** Shared, not copied: a million events. Callers only read. */
  public Telemetry telemetry() {
    return telemetry;
  }

  public List<AttackStory> stories() {
    return stories;
  }

  public String apexOneServerGuid() {
    return apexOneServerGuid;
  }

  public Optional<Endpoint> endpointByHost(String host) {
    String name = host.toLowerCase(java.util.Locale.ROOT);
    Integer i = byHost.get(name);
    if (i == null && name.contains(".")) {
      // A fully qualified name from another forest still reaches the machine by its short name.
      i = byHost.get(name.substring(0, name.indexOf('.')));
    }
    return i == null ? Optional.empty() : Optional.of(endpoints.get(i));
  }

  public Optional<Integer> endpointIndexByAgent(String agentGuid) {
    return Optional.ofNullable(byAgent.get(agentGuid.toLowerCase(java.util.Locale.ROOT)));
  }

  public Optional<User> userOf(Endpoint e) {
    return e.user().map(users::get);
  }

  /** {@code CORP\sam}, as Endpoint Sensor reports accounts. */
  public String account(Endpoint e) {
    return userOf(e).map(u -> company.netbios() + "\\" + u.sam()).orElse(e.hostName() + "\\Administrator");
  }

  /** A fingerprint over the whole world, for determinism tests. */
  public long fingerprint() {
    long h = users.hashCode();
    h = 31 * h + endpoints.hashCode();
    h = 31 * h + mails.hashCode();
    h = 31 * h + stories.hashCode();
    return 31 * h + telemetry.fingerprint();
  }
}
