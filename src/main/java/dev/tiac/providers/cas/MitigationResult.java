package dev.tiac.providers.cas;

/** The state of one mitigation action; {@code status} is Created, Executing, Success, Skipped or Failed. */
public record MitigationResult(String actionId, String batchId, String actionType, String status,
    int errorCode, String errorMessage, String mailbox, String accountUserEmail,
    String mailMessageId, String mailUniqueId) {}
