package dev.tiac.query.source;

import dev.tiac.providers.apexcentral.AgentAction;
import dev.tiac.providers.apexcentral.AgentQuery;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.Udso;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.time.WireTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Responses through the real APIs: ProductAgents isolation, CAS mail mitigation, UDSO. */
public final class ClientResponder implements Responder {
  private final ApexCentralClient apex;
  private final CasClient cas;

  public ClientResponder(ApexCentralClient apex, CasClient cas) {
    this.apex = apex;
    this.cas = cas;
  }

  @Override
  public String isolate(String agentGuid, String hostName) {
    // One agent per call, never allow_multiple_match: a response must not reach a second machine.
    var before = apex.agentAction(AgentAction.ISOLATE, AgentQuery.all().withEntityId(agentGuid), false);
    return "isolation requested for " + hostName + " (was " + before.stream()
        .map(a -> a.isolationStatus()).findFirst().orElse("unknown") + ")";
  }

  @Override
  public String quarantine(List<SweptMail> mails) {
    List<Map<String, String>> actions = mails.stream().map(m -> {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("action_type", "MAIL_QUARANTINE");
      a.put("service", "exchange");
      a.put("account_provider", "office365");
      a.put("mailbox", m.mailbox());
      a.put("mail_message_id", m.messageId());
      a.put("mail_unique_id", m.uniqueId());
      a.put("mail_message_delivery_time", WireTime.iso(m.delivered()));
      return a;
    }).toList();
    return "mitigation batch " + cas.mitigateMails(actions);
  }

  @Override
  public String addSuspiciousObject(String type, String value, String scanAction, String notes) {
    apex.addUdso(new Udso(type, value, notes, scanAction, Optional.empty()));
    return "suspicious object " + type + " " + value + " set to " + scanAction;
  }
}
