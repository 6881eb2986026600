package dev.tiac.providers.apexcentral;

/** An Endpoint Sensor task; with several ES servers the ids are comma-separated lists. */
public record EsTask(String taskId, String serverGuid, String serverName) {}
