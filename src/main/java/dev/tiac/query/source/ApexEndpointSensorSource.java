package dev.tiac.query.source;

import dev.tiac.http.HttpFailure;
import dev.tiac.providers.apexcentral.AgentQuery;
import dev.tiac.providers.apexcentral.AgentServerMeta;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.ApexCentralException;
import dev.tiac.providers.apexcentral.EsTask;
import dev.tiac.providers.apexcentral.QuickScanCriteria;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Historical investigations (CreateQuickScan, then ShowContent to the end) and ProductAgents. */
public final class ApexEndpointSensorSource implements EndpointSensorSource {
  private final ApexCentralClient client;
  private final Clock clock;
  private final Duration timeout;

  public ApexEndpointSensorSource(ApexCentralClient client, Clock clock, Duration timeout) {
    this.client = client;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public List<EndpointHit> investigate(List<EsCriterion> criteria, Instant since) {
    QuickScanCriteria request = new QuickScanCriteria(QuickScanCriteria.Operator.OR,
        criteria.stream().map(ApexEndpointSensorSource::criterion).toList(), period(since));
    try {
      EsTask task = client.endpointSensor().createQuickScan(request);
      return client.endpointSensor().taskResults(task, timeout).stream()
          .map(ApexEndpointSensorSource::hit).toList();
    } catch (ApexCentralException e) {
      throw new SourceFailure(Service.APEX_CENTRAL, true, "Endpoint Sensor refused the historical "
          + "investigation: " + e.getMessage(), e);
    } catch (HttpFailure e) {
      throw new SourceFailure(Service.APEX_CENTRAL, false, e.getMessage(), e);
    }
  }

  @Override
  public List<String> usersOn(String hostName) {
    try {
      return client.endpointSensor().showAgentsNamed(hostName).stream()
          .filter(a -> a.machineName().equalsIgnoreCase(hostName))
          .map(a -> a.userName()).filter(u -> !u.isBlank()).distinct().toList();
    } catch (ApexCentralException e) {
      throw new SourceFailure(Service.APEX_CENTRAL, true, "Endpoint Sensor refused the agent list: " + e.getMessage(), e);
    } catch (HttpFailure e) {
      throw new SourceFailure(Service.APEX_CENTRAL, false, e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> hostNameOf(String ip) {
    AgentQuery query = new AgentQuery(Optional.empty(), Optional.of(ip), Optional.empty(),
        Optional.empty(), Optional.of("SLF_PRODUCT_OFFICESCAN_CE"), Optional.empty());
    return client.productAgents(query).stream().map(a -> a.hostName())
        .filter(h -> !h.isBlank()).findFirst();
  }

  /** The shortest search period that still reaches back to {@code since}. */
  QuickScanCriteria.SearchPeriod period(Instant since) {
    long days = Duration.between(since, clock.instant()).toDays();
    if (days <= 30) {
      return QuickScanCriteria.SearchPeriod.ONE_MONTH;
    } else if (days <= 90) {
      return QuickScanCriteria.SearchPeriod.THREE_MONTHS;
    } else if (days <= 180) {
      return QuickScanCriteria.SearchPeriod.SIX_MONTHS;
    }
    return days <= 365 ? QuickScanCriteria.SearchPeriod.TWELVE_MONTHS : QuickScanCriteria.SearchPeriod.ALL;
  }

  private static QuickScanCriteria.Criterion criterion(EsCriterion c) {
    QuickScanCriteria.Field field = switch (c.field()) {
      case FILE_NAME -> QuickScanCriteria.Field.FILE_NAME;
      case COMMAND_LINE -> QuickScanCriteria.Field.COMMAND_LINE;
      case ACCOUNT -> QuickScanCriteria.Field.ACCOUNT;
      case HOST_NAME -> QuickScanCriteria.Field.HOST_NAME;
    };
    return new QuickScanCriteria.Criterion(field,
        c.contains() ? QuickScanCriteria.Condition.CONTAIN : QuickScanCriteria.Condition.IS, c.values());
  }

  private static EndpointHit hit(AgentServerMeta meta) {
    return new EndpointHit(meta.agentGuid(), meta.machineName(), meta.ip(), meta.userName(),
        meta.matches().stream().map(m -> new EndpointHit.Seen(m.criteriaNo(), m.metaValue(),
            Instant.ofEpochSecond(m.firstSeen()), Instant.ofEpochSecond(m.lastSeen()))).toList());
  }
}
