package dev.tiac.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a route answers. {@code reset} asks the server to drop the connection without any answer,
 * which is how the fault injector simulates a connection reset.
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers, boolean reset) {
  private static final String JSON = "application/json; charset=utf-8";

  public Response {
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  public static Response json(int status, JsonNode node) {
    return new Response(status, JSON, Json.write(node).getBytes(StandardCharsets.UTF_8), Map.of(), false);
  }

  public static Response json(int status, Object value) {
    return new Response(status, JSON, Json.write(value).getBytes(StandardCharsets.UTF_8), Map.of(), false);
  }

  public static Response connectionReset() {
    return new Response(0, "", new byte[0], Map.of(), true);
  }

  public Response withHeader(String name, String value) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Response(status, contentType, body, copy, reset);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "Response[" + status + "]";
  }
}
