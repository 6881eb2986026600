package dev.tiac.query.source;

/**
 * Everything a query reads and, with {@code --respond}, writes. Built over the real clients by
 * {@link ServiceConnections}; a sandbox is the same thing with loopback base URLs and its own
 * credentials, so investigations run unchanged against either.
 */
public record QuerySources(
    MailSource mail,
    DirectorySource directory,
    EndpointSensorSource endpointSensor,
    Responder responder,
    CallCounter calls) {}
