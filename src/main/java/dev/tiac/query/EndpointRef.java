package dev.tiac.query;

/** An endpoint in a chain: the agent, its host name and IP, and the account Endpoint Sensor saw on it. */
public record EndpointRef(String agentGuid, String hostName, String ip, String userName) {}
