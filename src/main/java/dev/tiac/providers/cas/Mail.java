package dev.tiac.providers.cas;

import java.util.List;

/** A mail found by a sweep. {@code uniqueId} is the Graph/EWS item id. */
public record Mail(
    String mailbox,
    String messageId,
    String uniqueId,
    String deliveryTime,
    String sender,
    List<String> recipients,
    String subject,
    List<Attachment> attachments,
    List<String> urls,
    String sourceIp,
    String sourceDomain) {
  public Mail {
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
    urls = List.copyOf(urls);
  }

  public record Attachment(String fileName, String sha1) {}
}
