package dev.tiac.sandbox.tenant;

/** A user-defined suspicious object as Apex Central lists it. */
public record Udso(String type, String content, String notes, String scanAction, String expirationUtcDate) {}
