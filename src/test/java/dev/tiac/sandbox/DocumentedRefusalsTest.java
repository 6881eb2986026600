package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each documented violation, per route, gets the documented answer: CAS 400 {code, traceId, msg};
 * Apex Central 400 in the route's envelope family (ErrorCode 7 or 11); Endpoint Sensor a failure
 * inside Data (Message not "OK"). The valid twin of each request is accepted, so the refusal is
 * about the rule and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedRefusalsTest {
  private static final String NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  private static final String HOUR_AGO = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS).toString();
  private static final String NANOS = "2026-11-30T04:22:44.160104639Z";

  private Sandbox sandbox;
  private Client client;
  private String token;

  @BeforeAll
  void start(@TempDir Path dir) {
    sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRate(100_000, Duration.ofMinutes(1)));
    client = new Client(sandbox);
    token = sandbox.endpoints().cas().tokens().get(0).token();
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  static Stream<Arguments> casViolations() {
    String mail = "{\"action_type\":\"MAIL_QUARANTINE\",\"service\":\"exchange\",\"account_provider\":\"office365\","
        + "\"mailbox\":\"a@example.com\",\"mail_message_id\":\"<x@example.com>\",\"mail_message_delivery_time\":\"2026-11-30T04:22:44.160Z\"}";
    String account = "{\"action_type\":\"ACCOUNT_DISABLE\",\"service\":\"exchange\",\"account_provider\":\"office365\",\"account_user_email\":\"a@example.com\"}";
    return Stream.of(
        // GET /v1/sweeping/mails
        Arguments.of("GET", "/v1/sweeping/mails?start=" + NANOS, "", "Invalid time format"),
        Arguments.of("GET", "/v1/sweeping/mails?end=2026-11-30T04:22:44+00:00", "", "Invalid time format"),
        Arguments.of("GET", "/v1/sweeping/mails?start=2026-11-30", "", "Invalid time format"),
        Arguments.of("GET", "/v1/sweeping/mails?lastndays=1&start=" + HOUR_AGO, "", "Invalid parameter: lastndays cannot be combined with start"),
        Arguments.of("GET", "/v1/sweeping/mails?lastndays=1&end=" + NOW, "", "Invalid parameter: lastndays cannot be combined with end"),
        Arguments.of("GET", "/v1/sweeping/mails?lastndays=91", "", "Invalid parameter: lastndays must be 1 to 90"),
        Arguments.of("GET", "/v1/sweeping/mails?limit=1001", "", "Invalid parameter: limit must be 1 to 1000"),
        Arguments.of("GET", "/v1/sweeping/mails?limit=0", "", "Invalid parameter: limit must be 1 to 1000"),
        Arguments.of("GET", "/v1/sweeping/mails?start=" + Instant.now().minus(Duration.ofDays(91)).truncatedTo(ChronoUnit.SECONDS), "",
            "Invalid parameter: start must be within the last 90 days"),
        Arguments.of("GET", "/v1/sweeping/mails?start=" + NOW + "&end=" + HOUR_AGO, "", "Invalid parameter: start must be earlier than end"),
        Arguments.of("GET", "/v1/sweeping/mails?sender=*@evil.test", "", "Invalid parameter: sender must not start with a wildcard"),
        Arguments.of("GET", "/v1/sweeping/mails?file_extension=.docm", "", "Invalid parameter: file_extension must not start with a dot"),
        Arguments.of("GET", "/v1/sweeping/mails?source_ip=10.0.0.0/33", "", "Invalid parameter: source_ip"),
        Arguments.of("GET", "/v1/sweeping/mails?folder=inbox", "", "Invalid parameter: folder"),
        // GET /v1/siem/security_events
        Arguments.of("GET", "/v1/siem/security_events?event=securityrisk", "", "Missing parameter: service"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange", "", "Missing parameter: event"),
        Arguments.of("GET", "/v1/siem/security_events?service=Exchange&event=securityrisk", "", "Invalid parameter: service Exchange"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange&event=malware", "", "Invalid parameter: event malware"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange&event=dlp&start=" + NANOS, "", "Invalid time format"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange&event=dlp&start="
            + Instant.now().minus(Duration.ofHours(73)).truncatedTo(ChronoUnit.SECONDS), "", "Invalid parameter: start must be within the last 72 hours"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange&event=dlp&limit=501", "", "Invalid parameter: limit must be 1 to 500"),
        // GET /v1/mitigation/mails and /accounts
        Arguments.of("GET", "/v1/mitigation/mails?start=" + HOUR_AGO, "", "Invalid parameter: start and end must be given together"),
        Arguments.of("GET", "/v1/mitigation/accounts?start=" + NANOS + "&end=" + NOW, "", "Invalid time format"),
        Arguments.of("GET", "/v1/mitigation/mails?batch_id=x&limit=501", "", "Invalid parameter: limit must be 1 to 500"),
        // POST /v1/mitigation/mails and /accounts
        Arguments.of("POST", "/v1/mitigation/mails", mail.replace("[", ""), "Invalid parameter: the body must be a non-empty JSON array of actions"),
        Arguments.of("POST", "/v1/mitigation/mails", "[]", "Invalid parameter: the body must be a non-empty JSON array of actions"),
        Arguments.of("POST", "/v1/mitigation/mails", "[" + mail.replace("MAIL_QUARANTINE", "MAIL_PURGE") + "]",
            "Invalid parameter: action 0: action_type must be one of MAIL_DELETE, MAIL_QUARANTINE, MAIL_RESTORE"),
        Arguments.of("POST", "/v1/mitigation/mails", "[" + mail.replace("\"account_provider\":\"office365\",", "") + "]",
            "Invalid parameter: action 0: account_provider must be one of google, office365"),
        Arguments.of("POST", "/v1/mitigation/mails", "[" + mail.replace("\"service\":\"exchange\"", "\"service\":\"gmail\"") + "]",
            "Invalid parameter: action 0: MAIL_QUARANTINE is not supported for gmail"),
        Arguments.of("POST", "/v1/mitigation/mails", "[" + mail.replace("\"mail_message_id\":\"<x@example.com>\",", "") + "]",
            "Invalid parameter: action 0: mail_message_id or mail_unique_id is required"),
        Arguments.of("POST", "/v1/mitigation/mails", "[" + mail.replace("44.160Z", "44.160104639Z") + "]",
            "Invalid parameter: action 0: Invalid time format in mail_message_delivery_time"),
        Arguments.of("POST", "/v1/mitigation/accounts", "[" + account.replace("ACCOUNT_DISABLE", "ACCOUNT_DELETE") + "]",
            "Invalid parameter: action 0: action_type must be one of ACCOUNT_DISABLE, ACCOUNT_ENABLE_MFA, ACCOUNT_RESET_PASSWORD"),
        Arguments.of("POST", "/v1/mitigation/accounts", "[" + account.replace("\"account_user_email\":\"a@example.com\"", "\"x\":1") + "]",
            "Invalid parameter: action 0: account_user_email is required"),
        // /v1/remediation/mails
        Arguments.of("GET", "/v1/remediation/mails?action_type=create", "", "Invalid parameter: action_type"),
        Arguments.of("POST", "/v1/remediation/mails", "{\"action_type\":\"add\",\"rules\":{\"senders\":[\"a@evil.test\"]}}",
            "Invalid parameter: action_type must be create or delete, with a rules object"),
        Arguments.of("POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{}}",
            "Invalid parameter: give at least one of senders, urls, filehashes, file256hashes"),
        Arguments.of("POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"domains\":[\"evil.test\"]}}",
            "Invalid parameter: rules.domains"),
        Arguments.of("POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"urls\":[" + "\"x\",".repeat(2048) + "\"y\"]}}",
            "Invalid parameter: urls must be an array of at most 2048 strings"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casViolations")
  void casAnswersEachViolationWith400AndItsMessage(String method, String pathAndQuery, String body, String msg) {
    Client.Answer a = client.cas("us", token, method, pathAndQuery, body);
    assertEquals(400, a.status(), a.body().toString());
    assertEquals(400, a.body().path("code").asInt());
    assertEquals(msg, a.body().path("msg").asString());
    assertTrue(a.body().path("traceId").asString().matches("[0-9a-f-]{36}"), a.body().toString());
    assertEquals(3, a.body().size(), "only code, traceId and msg: " + a.body());
  }

  static Stream<Arguments> casValidTwins() {
    return Stream.of(
        Arguments.of("GET", "/v1/sweeping/mails?start=" + HOUR_AGO + "&end=" + NOW + "&limit=1000"),
        Arguments.of("GET", "/v1/sweeping/mails?lastndays=90&limit=1"),
        Arguments.of("GET", "/v1/sweeping/mails?sender=evil*&file_extension=docm&source_ip=10.0.0.0/8"),
        Arguments.of("GET", "/v1/siem/security_events?service=exchange&event=securityrisk&start=" + HOUR_AGO + "&limit=500"),
        Arguments.of("GET", "/v1/mitigation/mails?start=" + HOUR_AGO + "&end=" + NOW + "&limit=500"),
        Arguments.of("GET", "/v1/remediation/mails"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casValidTwins")
  void casAcceptsTheDocumentedForms(String method, String pathAndQuery) {
    Client.Answer a = client.cas("us", token, method, pathAndQuery, "");
    assertEquals(200, a.status(), a.body().toString());
  }

  static Stream<Arguments> apexViolations() {
    String udso = "{\"param\":{\"type\":\"domain\",\"content\":\"evil.test\",\"notes\":\"n\",\"scan_action\":\"block\"}}";
    return Stream.of(
        Arguments.of("GET", "/WebApp/API/AgentResource/ProductAgents?hostname=pc01", "", "A", 7, "Incorrect parameter: hostname"),
        Arguments.of("GET", "/WebApp/API/ServerResource/ProductServers?name=x", "", "A", 7, "Incorrect parameter: name"),
        Arguments.of("POST", "/WebApp/API/AgentResource/ProductAgents", "{\"act\":\"cmd_isolate_agent\",\"host_name\":\"pc01\"}", "A", 7,
            "Incorrect parameter: allow_multiple_match is required (true or false)"),
        Arguments.of("POST", "/WebApp/API/AgentResource/ProductAgents", "{\"act\":\"isolate\",\"allow_multiple_match\":false}", "A", 7,
            "Incorrect parameter: act is required, one of cmd_isolate_agent, cmd_relocate_agent, cmd_restore_isolated_agent, cmd_uninstall_agent"),
        Arguments.of("POST", "/WebApp/API/AgentResource/ProductAgents", "{\"act\":\"cmd_relocate_agent\",\"allow_multiple_match\":false}", "A", 7,
            "Incorrect parameter: relocate_to_server_id and relocate_to_folder_path are required"),
        Arguments.of("POST", "/WebApp/API/AgentResource/ProductAgents", "not json", "A", 11, "Incorrect input: the body must be a JSON object"),
        Arguments.of("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/", udso.replace("domain", "hostname"), "B", 7,
            "Incorrect parameter: type must be one of ip, url, file_sha1, domain"),
        Arguments.of("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/", udso.replace("block", "quarantine"), "B", 7,
            "Incorrect parameter: scan_action must be log or block"),
        Arguments.of("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/", udso.replace(",\"scan_action\":\"block\"", ""), "B", 7,
            "Incorrect parameter: scan_action must be log or block"),
        Arguments.of("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/", udso.replace("\"n\"", "\"" + "n".repeat(257) + "\""), "B", 7,
            "Incorrect parameter: notes over 256 characters"),
        Arguments.of("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/", "{\"type\":\"domain\",\"content\":\"evil.test\"}", "B", 7,
            "Incorrect parameter: the body must be {\"param\":{...}}"),
        Arguments.of("DELETE", "/WebApp/api/SuspiciousObjects/UserDefinedSO?type=domain", "", "B", 7, "Incorrect parameter: content is required"),
        Arguments.of("GET", "/WebApp/api/SuspiciousObjects/UserDefinedSO?type=hash", "", "B", 7, "Incorrect parameter: type hash"),
        Arguments.of("PUT", "/WebApp/OSCE_iES/OsceIes/ApiEntry", "{\"TaskType\":4}", "C", 7,
            "Incorrect parameter: the body must be {Url, TaskType, Payload}"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("apexViolations")
  void apexCentralAnswersEachViolationWith400InTheRoutesFamily(String method, String pathAndQuery, String body, String family,
      int errorCode, String message) {
    Client.Answer a = client.apex(method, pathAndQuery, body);
    assertEquals(400, a.status(), a.body().toString());
    JsonNode b = a.body();
    switch (family) {
      case "A" -> {
        assertEquals(errorCode, b.path("result_code").asInt(), b.toString());
        assertEquals(message, b.path("result_description").asString());
        assertEquals("", b.path("result_content").asString(), "result_content is \"\" on failure: " + b);
      }
      case "B" -> {
        assertEquals(0, b.path("Meta").path("Result").asInt(), b.toString());
        assertEquals(errorCode, b.path("Meta").path("ErrorCode").asInt());
        assertEquals(message, b.path("Meta").path("ErrorMsg").asString());
      }
      default -> {
        assertEquals(0, b.path("Meta").path("result").asInt(), b.toString());
        assertEquals(errorCode, b.path("Meta").path("errorCode").asInt());
        assertEquals(message, b.path("Meta").path("errorMessgae").asString());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpointSensorViolations")
  void endpointSensorAnswersEachViolationWithAFailureInsideData(String method, String envelope, String message) {
    Client.Answer a = client.es(method, envelope);
    assertEquals(200, a.status(), a.body().toString());
    assertEquals(1, a.body().path("Data").path("CodeType").asInt());
    assertTrue(!a.body().path("Data").path("Message").asString().equals("OK"));
    assertEquals(message, a.body().path("Data").path("Message").asString());
    assertEquals("Success", a.body().path("Meta").path("errorMessgae").asString(), "the HTTP exchange itself succeeded");
  }

  static Stream<Arguments> endpointSensorViolations() {
    String scan = "{\"Url\":\"V1/Task/CreateQuickScan\",\"TaskType\":4,\"Payload\":{\"criteriaKvp\":null,\"criteriaSource\":2,"
        + "\"searchPeriod\":PERIOD,\"criteria\":{\"operator\":\"and\",\"item\":[{\"condition\":\"COND\",\"value\":[\"x.exe\"],\"typeId\":TYPE}]}}}";
    String valid = scan.replace("PERIOD", "-1").replace("COND", "IS").replace("TYPE", "3");
    return Stream.of(
        Arguments.of("PUT", "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":3,\"Payload\":{}}", "Unsupported TaskType 3"),
        Arguments.of("PUT", "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4}", "Payload must be an object"),
        Arguments.of("PUT", "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4,\"Payload\":{\"pagination\":{\"offset\":-1,\"limit\":50}}}",
            "Invalid pagination: offset must be >= 0 and limit >= 1"),
        Arguments.of("PUT", "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4,\"Payload\":{\"filter\":[{\"type\":7,\"value\":\"x\"}]}}",
            "Unsupported filter type 7"),
        Arguments.of("PUT", "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4,\"Payload\":{\"filter\":[{\"type\":4,\"value\":\"10.0.0.1\"}]}}",
            "An IP range filter needs value [start, end]"),
        Arguments.of("POST", valid.replace("\"COND\"", "\"x\"").replace("\"IS\"", "\"is\""), "Unsupported criterion: typeId 3, condition is"),
        Arguments.of("POST", valid.replace("\"typeId\":3", "\"typeId\":5"), "Unsupported criterion: typeId 5, condition IS"),
        Arguments.of("POST", valid.replace("\"searchPeriod\":-1", "\"searchPeriod\":2"), "searchPeriod must be one of -1, 0, 1, 3, 6, 12"),
        Arguments.of("POST", valid.replace("\"item\":[{\"condition\":\"IS\",\"value\":[\"x.exe\"],\"typeId\":3}]", "\"item\":[]"),
            "criteria.item must hold at least one criterion"),
        Arguments.of("PUT", "{\"Url\":\"V1/Content/ShowContent\",\"TaskType\":4,\"ContentId\":\"\",\"TopN\":50}", "TaskId is required"),
        Arguments.of("PUT", "{\"Url\":\"V1/Content/ShowContent\",\"TaskType\":4,\"Payload\":{\"TaskId\":\"T\"}}",
            "ShowContent takes TaskId, ContentId and TopN at the top level, not in a Payload"),
        Arguments.of("PUT", "{\"Url\":\"V1/Content/ShowContent\",\"TaskType\":4,\"TaskId\":\"T\",\"TopN\":0}", "TopN must be a positive integer"),
        Arguments.of("POST", "{\"Url\":\"V1/Task/CreateScan\",\"TaskType\":4,\"Payload\":{}}", "Unsupported Url V1/Task/CreateScan"));
  }
}
