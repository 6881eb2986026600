package dev.tiac.sandbox.world;

import java.util.Optional;

/**
 * A computer that is also an Apex One Security Agent: the AD computer object and the agent share the
 * host name. {@code user} is the index of its primary user.
 */
public record Endpoint(
    String hostName, String dnsHostName, String os, MachineType type, String ip, String mac,
    String agentGuid, String machineGuid, Optional<Integer> user, String emailClient,
    boolean online, String dotNetVersion) {}
