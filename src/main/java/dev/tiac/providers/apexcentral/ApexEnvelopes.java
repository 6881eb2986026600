package dev.tiac.providers.apexcentral;

import dev.tiac.http.HttpFailure;
import dev.tiac.http.HttpResult;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unwraps the three Apex Central envelope families. Numbers may arrive as strings ("Result":"1"),
 * and the Endpoint Sensor family spells its Meta keys in lower camel case (with the real typo
 * {@code errorMessgae}), so every field is read leniently and under both spellings.
 */
final class ApexEnvelopes {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private ApexEnvelopes() {}

  /** Family A: {@code result_code}/{@code result_description}/{@code result_content}. */
  static JsonNode resultContent(HttpResult result, String operation) {
    JsonNode root = parse(result, operation);
    int code = root.path("result_code").asInt(Integer.MIN_VALUE);
    if (result.status() == 200 && code == 1) {
      return root.path("result_content");
    }
    Optional<JsonNode> meta = Optional.of(root.path("Meta")).filter(JsonNode::isObject);
    if (meta.isPresent()) {
      throw metaError(result.status(), meta.get(), operation);
    }
    String description = root.path("result_description").asString("");
    throw new ApexCentralException(OptionalInt.of(result.status()), Optional.empty(),
        code == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(code),
        operation + " failed (HTTP " + result.status() + ", result_code " + code + "): "
            + (description.isEmpty() ? statusAdvice(result.status()) : description));
  }

  /** Family B: {@code Data} guarded by {@code Meta{Result,ErrorCode,ErrorMsg}}. */
  static JsonNode metaData(HttpResult result, String operation) {
    JsonNode root = parse(result, operation);
    JsonNode meta = root.path("Meta");
    if (result.successful() && metaOk(meta)) {
      return root.path("Data");
    }
    throw metaError(result.status(), meta, operation);
  }

  /** Family C: Endpoint Sensor; returns {@code Data.Data}. */
  static JsonNode esData(HttpResult result, String operation) {
    JsonNode root = parse(result, operation);
    JsonNode meta = root.path("Meta");
    if (!result.successful() || !metaOk(meta)) {
      throw metaError(result.status(), meta, operation);
    }
    JsonNode data = root.path("Data");
    String message = data.path("Message").asString("");
    if (!message.equals("OK")) {
      throw new ApexCentralException(OptionalInt.of(result.status()), Optional.empty(),
          OptionalInt.of(data.path("Code").asInt(-1)), operation + " failed: Endpoint Sensor said \""
              + message + "\" (Code " + data.path("Code").asString("?") + ")");
    }
    return data.path("Data");
  }

  private static boolean metaOk(JsonNode meta) {
    int resultValue = field(meta, "Result", "result").asInt(0);
    int errorCode = field(meta, "ErrorCode", "errorCode").asInt(0);
    return resultValue == 1 && errorCode == 0;
  }

  private static ApexCentralException metaError(int status, JsonNode meta, String operation) {
    OptionalInt code = field(meta, "ErrorCode", "errorCode").asIntOpt();
    Optional<ApexErrorCode> known =
        code.isPresent() ? ApexErrorCode.of(code.getAsInt()) : Optional.empty();
    String serverText = field(meta, "ErrorMsg", "errorMessgae").asString("");
    String advice = known.map(ApexErrorCode::advice).orElse(statusAdvice(status));
    return new ApexCentralException(OptionalInt.of(status), known, OptionalInt.empty(),
        operation + " failed (HTTP " + status
            + (code.isPresent() ? ", ErrorCode " + code.getAsInt() : "") + "): " + advice
            + (serverText.isEmpty() ? "" : " [server: " + serverText + "]"));
  }

  private static JsonNode field(JsonNode node, String name, String altName) {
    return node.has(name) ? node.path(name) : node.path(altName);
  }

  private static String statusAdvice(int status) {
    return switch (status) {
      case 401 -> "authentication was rejected; check the application ID and API key";
      case 403 -> "the application lacks permission for this call";
      case 404 -> "the API path was not found; check the base URL (without /WebApp)";
      case 413 -> "the request was too large";
      default -> "unexpected answer";
    };
  }

  private static JsonNode parse(HttpResult result, String operation) {
    try {
      return JSON.readTree(result.body());
    } catch (JacksonException e) {
      throw new HttpFailure(HttpFailure.Kind.PROTOCOL, OptionalInt.of(result.status()),
          operation + " returned HTTP " + result.status() + " with a body that is not JSON", e);
    }
  }
}
