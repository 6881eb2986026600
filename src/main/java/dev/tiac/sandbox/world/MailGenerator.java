package dev.tiac.sandbox.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Everyday mail traffic: internal and partner mail with the odd attachment and link. */
final class MailGenerator {
  private final SplittableRandom r;
  private final Company company;
  private final List<User> users;
  private final long anchor;
  private final int days;

  MailGenerator(SplittableRandom r, Company company, List<User> users, long anchor, int days) {
    this.r = r;
    this.company = company;
    this.users = users;
    this.anchor = anchor;
    this.days = days;
  }

  List<Mail> generate(int count) {
    List<Mail> mails = new ArrayList<>(count + 8);
    for (int i = 0; i < count; i++) {
      mails.add(next(i));
    }
    return mails;
  }

  private Mail next(int i) {
    User to = users.get(r.nextInt(users.size()));
    boolean external = r.nextInt(3) == 0;
    String domain = external ? Names.PARTNER_DOMAINS.get(r.nextInt(Names.PARTNER_DOMAINS.size())) : company.mailDomain();
    String sender = external ? "contact" + r.nextInt(50) + "@" + domain : users.get(r.nextInt(users.size())).mail();
    long delivered = anchor - 60 - r.nextLong((long) days * 86_400 - 120);
    List<Mail.Attachment> attachments = new ArrayList<>();
    if (r.nextInt(5) == 0) {
      attachments.add(new Mail.Attachment(Names.ATTACHMENTS.get(r.nextInt(Names.ATTACHMENTS.size())), Ids.hex(r, 20), Ids.hex(r, 32)));
    }
    List<String> urls = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      urls.add("https://" + (external ? domain : "intranet." + company.mailDomain()) + "/doc/" + r.nextInt(100_000));
    }
    String messageId = "<" + Ids.hex(r, 12).toUpperCase(java.util.Locale.ROOT) + "." + i + "@" + domain + ">";
    String sourceIp = external ? "203.0.113." + (1 + r.nextInt(254)) : "10.0.0." + (1 + r.nextInt(20));
    return new Mail(Ids.uniqueId(r), messageId, to.mail(), sender, List.of(to.mail()),
        Names.SUBJECTS.get(r.nextInt(Names.SUBJECTS.size())), delivered, attachments, urls, sourceIp, domain);
  }
}
