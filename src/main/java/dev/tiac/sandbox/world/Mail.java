package dev.tiac.sandbox.world;

import java.util.List;

/** One mail as Cloud App Security keeps its metadata; {@code delivered} is Unix seconds. */
public record Mail(
    String uniqueId, String messageId, String mailbox, String sender, List<String> recipients,
    String subject, long delivered, List<Attachment> attachments, List<String> urls,
    String sourceIp, String sourceDomain) {

  public Mail {
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
    urls = List.copyOf(urls);
  }

  /** An attachment's name and hashes. */
  public record Attachment(String fileName, String sha1, String sha256) {}
}
