package dev.tiac.sandbox.tenant;

/** One CAS mitigation action and its result. */
public record MitigationAction(String actionId, String batchId, String kind, String actionType, String status,
    int errorCode, String errorMessage, String requestedAt, String executedAt, String service,
    String accountProvider, String mailbox, String accountUserEmail, String mailMessageId, String mailUniqueId) {}
