package dev.tiac.sandbox.world;

import java.util.List;
import java.util.SplittableRandom;

/** Background Endpoint Sensor activity: process starts, file writes and opens, connections. */
final class TelemetryGenerator {
  private final SplittableRandom r;
  private final Company company;
  private final List<User> users;
  private final List<Endpoint> endpoints;
  private final long anchor;
  private final int days;

  TelemetryGenerator(SplittableRandom r, Company company, List<User> users, List<Endpoint> endpoints, long anchor, int days) {
    this.r = r;
    this.company = company;
    this.users = users;
    this.endpoints = endpoints;
    this.anchor = anchor;
    this.days = days;
  }

  void generate(Telemetry t, int count) {
    for (int i = 0; i < count; i++) {
      int host = r.nextInt(endpoints.size());
      Endpoint e = endpoints.get(host);
      String account = e.user().map(u -> company.netbios() + "\\" + users.get(u).sam()).orElse("NT AUTHORITY\\SYSTEM");
      long time = anchor - 60 - r.nextLong((long) days * 86_400 - 120);
      String actor = process(e, r.nextInt(Names.PROCESSES.size()));
      String parent = actor.endsWith("explorer.exe") ? "C:\\Windows\\System32\\userinit.exe" : "C:\\Windows\\explorer.exe";
      String sam = e.user().map(u -> users.get(u).sam()).orElse("Administrator");
      EventKind kind = EventKind.values()[r.nextInt(EventKind.values().length)];
      String object = switch (kind) {
        case PROCESS_START -> process(e, r.nextInt(Names.PROCESSES.size()));
        case FILE_WRITE, FILE_OPEN -> "C:\\Users\\" + sam + "\\Documents\\" + Names.ATTACHMENTS.get(r.nextInt(Names.ATTACHMENTS.size()));
        case CONNECT -> Names.WEB_DOMAINS.get(r.nextInt(Names.WEB_DOMAINS.size()));
      };
      String cmd = "\"" + (kind == EventKind.PROCESS_START ? object : actor) + "\"";
      t.add(host, time, kind, actor, parent, object, cmd, account);
    }
  }

  /**
   * A background process on {@code e}: a mail client runs only where someone reads mail with it,
   * so a server built without one (nobody reads mail there) runs svchost.exe instead of Outlook.
   * The draw is the same either way, so the rest of the world does not move.
   */
  private static String process(Endpoint e, int draw) {
    String process = Names.PROCESSES.get(draw);
    return process.endsWith("OUTLOOK.EXE") && e.emailClient().equals("none") ? "C:\\Windows\\System32\\svchost.exe" : process;
  }
}
