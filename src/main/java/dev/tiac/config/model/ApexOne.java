package dev.tiac.config.model;

import java.util.List;
import java.util.Optional;

/** Apex One Security Agent policies with Endpoint Sensor, and the email-client check. */
public record ApexOne(List<Policy> policies, Optional<EmailClient> emailClient) {
  public ApexOne {
    policies = Lists.of(policies);
    emailClient = emailClient == null ? Optional.empty() : emailClient;
  }

  public record Policy(
      String name,
      Targets targets,
      Optional<Platforms> platforms,
      EndpointSensor endpointSensor,
      Optional<Boolean> deploy,
      Optional<Integer> priority,
      Optional<Boolean> allowWeakening) {}

  public record Targets(
      String type,
      List<String> hosts,
      List<String> folders,
      List<String> operatingSystems,
      List<String> ipRanges,
      List<String> adDomains) {
    public Targets {
      hosts = Lists.of(hosts);
      folders = Lists.of(folders);
      operatingSystems = Lists.of(operatingSystems);
      ipRanges = Lists.of(ipRanges);
      adDomains = Lists.of(adDomains);
    }
  }

  public record Platforms(Optional<Boolean> windowsDesktop, Optional<Boolean> windowsServer) {}

  public record EndpointSensor(boolean enabled) {}

  public record EmailClient(String client, Scope scope, List<String> exceptions) {
    public EmailClient {
      exceptions = Lists.of(exceptions);
    }
  }

  public record Scope(Optional<Boolean> all, List<String> policies) {
    public Scope {
      policies = Lists.of(policies);
    }
  }
}
