package dev.tiac.query;

import dev.tiac.query.source.Service;
import java.util.EnumMap;
import java.util.Map;

/** Adds up the fewest requests each stage needed for the data it met. */
final class Minimum {
  static final int LDAP_BATCH = 50;
  static final int ES_PAGE = 200;

  private final Map<Service, Integer> calls = new EnumMap<>(Service.class);

  /** A sweep that returned {@code mails} needed one page per 1,000, and at least one. */
  void sweep(int mails) {
    add(Service.CLOUD_APP_SECURITY, Math.max(1, ceil(mails, MailFilters.PAGE)));
  }

  void probe() {
    add(Service.CLOUD_APP_SECURITY, 1);
  }

  void directory(int keys) {
    if (keys > 0) {
      add(Service.ACTIVE_DIRECTORY, ceil(keys, LDAP_BATCH));
    }
  }

  /** CreateQuickScan, then ShowContent pages for the endpoints it returned. */
  void investigation(int endpoints) {
    add(Service.APEX_CENTRAL, 1 + Math.max(1, ceil(endpoints, ES_PAGE)));
  }

  /** One ShowAgentList page filtered by machine name. */
  void agentList() {
    add(Service.APEX_CENTRAL, 1);
  }

  void productAgents() {
    add(Service.APEX_CENTRAL, 1);
  }

  Map<Service, Integer> calls() {
    return Map.copyOf(calls);
  }

  private void add(Service s, int n) {
    calls.merge(s, n, Integer::sum);
  }

  private static int ceil(int n, int per) {
    return (n + per - 1) / per;
  }
}
