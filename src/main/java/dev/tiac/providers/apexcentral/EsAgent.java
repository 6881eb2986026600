package dev.tiac.providers.apexcentral;

/**
 * An Endpoint Sensor agent from ShowAgentList; {@code enabled} ({@code isEnable}) and
 * {@code machineType} ("Desktop"/"Server") are the evidence that a policy turned the sensor on.
 */
public record EsAgent(
    String agentGuid,
    String serverGuid,
    String machineName,
    String machineGuid,
    String machineType,
    String machineOs,
    String ip,
    boolean online,
    boolean enabled,
    int isolateStatus,
    String userName,
    int productType) {}
