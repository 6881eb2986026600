package dev.tiac.sandbox.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds the same world from the same seed, scale and anchor instant. */
public final class WorldGenerator {
  private WorldGenerator() {}

  public static World generate(long seed, Scale scale, Instant anchor) {
    Company company = Company.DEFAULT;
    SplittableRandom r = new SplittableRandom(seed);
    List<User> users = users(r.split(), scale.users(), company);
    List<Endpoint> endpoints = endpoints(r.split(), scale.endpoints(), users.size(), company);
    String serverGuid = Ids.guid(r.split()).toUpperCase(java.util.Locale.ROOT);
    MailGenerator mails = new MailGenerator(r.split(), company, users, anchor.getEpochSecond(), scale.mailDays());
    List<Mail> mailList = mails.generate(scale.mails());
    Telemetry telemetry = new Telemetry();
    TelemetryGenerator events = new TelemetryGenerator(r.split(), company, users, endpoints, anchor.getEpochSecond(), scale.mailDays());
    events.generate(telemetry, scale.telemetryEvents());
    List<AttackStory> stories = List.of(new StoryPlanter(r.split(), company, users, endpoints, anchor.getEpochSecond())
        .plant(mailList, telemetry));
    List<String> groups = new ArrayList<>(List.of("Domain Users", "VPN Users"));
    Names.DEPARTMENTS.forEach(d -> groups.add(groupOf(d)));
    return new World(company, anchor, users, groups, endpoints, mailList, telemetry, stories, serverGuid);
  }

  static String groupOf(String department) {
    return "GG-" + department.replace(' ', '-');
  }

  private static List<User> users(SplittableRandom r, int count, Company company) {
    List<User> users = new ArrayList<>(count);
    Set<String> taken = new HashSet<>();
    int heads = Names.DEPARTMENTS.size();
    for (int i = 0; i < count; i++) {
      String first = Names.FIRST.get(r.nextInt(Names.FIRST.size()));
      String last = Names.LAST.get(r.nextInt(Names.LAST.size()));
      String base = (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT);
      String sam = base;
      for (int n = 2; !taken.add(sam); n++) {
        sam = base + n;
      }
      String dept = Names.DEPARTMENTS.get(i < heads ? i : r.nextInt(heads));
      Optional<Integer> manager = i < heads ? Optional.empty() : Optional.of(Names.DEPARTMENTS.indexOf(dept));
      List<String> groups = new ArrayList<>(List.of("Domain Users", groupOf(dept)));
      if (r.nextInt(4) == 0) {
        groups.add("VPN Users");
      }
      String mail = sam + "@" + company.mailDomain();
      users.add(new User(sam, sam + "@" + company.adDomain(), mail, first + " " + last, dept, manager, groups, Ids.guid(r)));
    }
    return users;
  }

  private static List<Endpoint> endpoints(SplittableRandom r, int count, int users, Company company) {
    int servers = Math.max(2, count / 15);
    List<Endpoint> endpoints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean server = i < servers;
      String host = server ? (i == 0 ? "DC01" : String.format("SRV%04d", i)) : String.format("WS%05d", i - servers + 1);
      String os = server ? (i == 0 ? "Windows Server 2019" : Names.SERVER_OS.get(r.nextInt(Names.SERVER_OS.size())))
          : Names.DESKTOP_OS.get(r.nextInt(Names.DESKTOP_OS.size()));
      Optional<Integer> user = server ? Optional.empty() : Optional.of((i - servers) % users);
      String ip = "10." + (server ? 0 : 1 + (i >> 16) % 200) + "." + ((i >> 8) & 0xFF) + "." + (1 + (i & 0xFF) % 254);
      // Every desktop starts with Outlook, as the procedure asks; another client is a console change
      // (tiac sandbox console email-client set). The draw stays so the rest of the world is unchanged.
      r.nextInt(10);
      String client = server ? "none" : "outlook.exe";
      String dotNet = server ? (i % 5 == 4 ? "4.5.2" : "4.8") : "4.8";
      endpoints.add(new Endpoint(host, host.toLowerCase(java.util.Locale.ROOT) + "." + company.adDomain(), os,
          server ? MachineType.SERVER : MachineType.DESKTOP, ip, Ids.mac(r), Ids.guid(r),
          Ids.guid(r).toUpperCase(java.util.Locale.ROOT), user, client, r.nextInt(10) != 0, dotNet));
    }
    return endpoints;
  }
}
