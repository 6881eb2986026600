package dev.tiac.query.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A mail as the sweep reports it, with the delivery time parsed; {@code uniqueId} is the Graph item id. */
public record SweptMail(
    String uniqueId,
    String messageId,
    String mailbox,
    String sender,
    List<String> recipients,
    String subject,
    Instant delivered,
    List<Attachment> attachments,
    List<String> urls,
    String sourceIp,
    String sourceDomain) {
  public SweptMail {
    Objects.requireNonNull(delivered);
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
    urls = List.copyOf(urls);
  }

  public record Attachment(String fileName, String sha1) {}

  /** The addresses the mail was delivered to: the mailbox the sweep found it in, else its recipients. */
  public List<String> deliveredTo() {
    return mailbox.isBlank() ? recipients : List.of(mailbox);
  }

  public List<String> attachmentNames() {
    return attachments.stream().map(Attachment::fileName).filter(n -> !n.isBlank()).toList();
  }

  /** Host names of the mail's URLs, lower case: command lines often hold the domain, not the URL. */
  public List<String> urlHosts() {
    List<String> hosts = new ArrayList<>();
    for (String url : urls) {
      String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
      String host = rest.split("[/?#:]", 2)[0].toLowerCase(Locale.ROOT);
      if (!host.isBlank() && !hosts.contains(host)) {
        hosts.add(host);
      }
    }
    return hosts;
  }
}
