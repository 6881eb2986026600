package dev.tiac.sandbox.console;

/** Specified policies name their targets; filtered policies match host-name patterns. */
public enum PolicyKind { SPECIFIED, FILTERED }
