package dev.tiac.query;

import dev.tiac.config.model.Investigation.Severity;

/** A chain the investigation's {@code alertWhen} makes a finding, with the sentence saying why. */
public record Finding(String investigation, Severity severity, Chain chain, String why) {}
