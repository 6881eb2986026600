package dev.tiac.query;

import dev.tiac.query.source.Service;

/** Something the setup lacks that makes a query unable to answer, named instead of returning nothing. */
public record Prerequisite(Service service, String problem) {}
