package dev.tiac.sandbox.world;

/**
 * A planted phishing story and its decoys, so that investigations have a known right answer: the
 * mail reached {@code recipientUpn}, its attachment was written and opened on {@code hostName} by a
 * process spawned from outlook.exe, and the host then connected to {@code urlDomain}. The decoys: the
 * same subject sent to {@code decoyRecipientUpn} who never opened it, the same file name on
 * {@code decoyHostName} before the delivery, and mail from the look-alike {@code lookAlikeDomain}.
 */
public record AttackStory(
    String mailMessageId, String subject, String sender, String senderDomain, String recipientUpn,
    String recipientSam, String hostName, String agentGuid, String fileName, String fileSha1,
    String url, String urlDomain, long delivered, String decoyRecipientUpn, String decoyHostName,
    String lookAlikeDomain) {}
