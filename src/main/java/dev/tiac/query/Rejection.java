package dev.tiac.query;

/** Evidence that looked related but was not joined, and why: what keeps decoys out of findings. */
public record Rejection(String hostName, String value, String reason) {}
