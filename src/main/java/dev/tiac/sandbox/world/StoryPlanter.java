package dev.tiac.sandbox.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants one phishing story with its decoys (see {@link AttackStory}). Times are fixed offsets from
 * the anchor so the story always sits inside the default 7-day sweep window.
 */
final class StoryPlanter {
  private static final String OUTLOOK = "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE";
  private static final String WORD = "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE";
  private static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  private final SplittableRandom r;
  private final Company company;
  private final List<User> users;
  private final List<Endpoint> endpoints;
  private final long anchor;

  StoryPlanter(SplittableRandom r, Company company, List<User> users, List<Endpoint> endpoints, long anchor) {
    this.r = r;
    this.company = company;
    this.users = users;
    this.endpoints = endpoints;
    this.anchor = anchor;
  }

  AttackStory plant(List<Mail> mails, Telemetry t) {
    int victimHost = desktopIndex(0);
    int decoyHost = desktopIndex(1);
    Endpoint host = endpoints.get(victimHost);
    User victim = users.get(host.user().orElseThrow());
    User decoyRecipient = users.get(endpoints.get(decoyHost).user().orElseThrow());
    User lookAlikeRecipient = users.get(endpoints.get(desktopIndex(2)).user().orElseThrow());
    String domain = "invoice-portal.net";
    String lookAlike = "invoice-porta1.net";
    String subject = "Overdue invoice 4471 - action required";
    String file = "Invoice_4471.docm";
    String sha1 = Ids.hex(r, 20);
    String url = "https://" + domain + "/view/4471";
    long delivered = anchor - 2 * 86_400 - 3_600;
    String messageId = "<" + Ids.hex(r, 10).toUpperCase(java.util.Locale.ROOT) + "@mail." + domain + ">";
    String sender = "accounts@" + domain;
    List<Mail.Attachment> attachment = List.of(new Mail.Attachment(file, sha1, Ids.hex(r, 32)));
    mails.add(new Mail(Ids.uniqueId(r), messageId, victim.mail(), sender, List.of(victim.mail()), subject, delivered,
        attachment, List.of(url), "198.51.100.23", domain));
    mails.add(new Mail(Ids.uniqueId(r), "<" + Ids.hex(r, 10) + "@mail." + domain + ">", decoyRecipient.mail(), sender,
        List.of(decoyRecipient.mail()), subject, delivered + 40, attachment, List.of(url), "198.51.100.23", domain));
    mails.add(new Mail(Ids.uniqueId(r), "<" + Ids.hex(r, 10) + "@mx." + lookAlike + ">", lookAlikeRecipient.mail(),
        "billing@" + lookAlike, List.of(lookAlikeRecipient.mail()), "Your statement is ready", delivered - 5 * 3_600,
        List.of(), List.of("https://" + lookAlike + "/statement"), "192.0.2.77", lookAlike));
    String account = company.netbios() + "\\" + victim.sam();
    String path = "C:\\Users\\" + victim.sam() + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\Q7K2XZ1B\\" + file;
    long opened = delivered + 1_260;
    t.add(victimHost, opened - 30, EventKind.PROCESS_START, "C:\\Windows\\explorer.exe", "C:\\Windows\\System32\\userinit.exe", OUTLOOK, "\"" + OUTLOOK + "\"", account);
    t.add(victimHost, opened, EventKind.FILE_WRITE, OUTLOOK, "C:\\Windows\\explorer.exe", path, "\"" + OUTLOOK + "\"", account);
    String wordCmd = "\"" + WORD + "\" /n \"" + path + "\" /o \"\"";
    t.add(victimHost, opened + 4, EventKind.PROCESS_START, OUTLOOK, "C:\\Windows\\explorer.exe", WORD, wordCmd, account);
    t.add(victimHost, opened + 5, EventKind.FILE_OPEN, WORD, OUTLOOK, path, wordCmd, account);
    String psCmd = POWERSHELL + " -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=";
    t.add(victimHost, opened + 9, EventKind.PROCESS_START, WORD, OUTLOOK, POWERSHELL, psCmd, account);
    t.add(victimHost, opened + 11, EventKind.CONNECT, POWERSHELL, WORD, domain, psCmd, account);
    int fileDecoyHost = desktopIndex(3);
    Endpoint decoy = endpoints.get(fileDecoyHost);
    User decoyUser = users.get(decoy.user().orElseThrow());
    String chrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    t.add(fileDecoyHost, delivered - 10 * 86_400, EventKind.FILE_WRITE, chrome, "C:\\Windows\\explorer.exe",
        "C:\\Users\\" + decoyUser.sam() + "\\Downloads\\" + file, "\"" + chrome + "\"", company.netbios() + "\\" + decoyUser.sam());
    return new AttackStory(messageId, subject, sender, domain, victim.upn(), victim.sam(), host.hostName(),
        host.agentGuid(), file, sha1, url, domain, delivered, decoyRecipient.upn(), decoy.hostName(), lookAlike);
  }

  /** The n-th desktop from the middle of the fleet, away from department heads. */
  private int desktopIndex(int n) {
    int desktops = 0;
    for (int i = 0; i < endpoints.size(); i++) {
      if (endpoints.get(i).type() == MachineType.DESKTOP && endpoints.get(i).user().orElse(0) >= Names.DEPARTMENTS.size()) {
        if (desktops++ == n + 3) {
          return i;
        }
      }
    }
    throw new IllegalStateException("the world has too few desktops for the planted story");
  }
}
