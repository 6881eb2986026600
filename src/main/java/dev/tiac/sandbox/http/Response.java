package dev.tiac.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a route answers, and how it is delivered: {@link Delivery#RESET} drops the connection without
 * any answer (a connection reset), {@link Delivery#HANG} keeps it open and never answers (a hung server).
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers, Delivery delivery) {
  private static final String JSON = "application/json; charset=utf-8";

  /** How the answer reaches the client, if it does. */
  public enum Delivery { ANSWER, RESET, HANG }

  public Response {
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  public static Response json(int status, JsonNode node) {
    return new Response(status, JSON, Json.write(node).getBytes(StandardCharsets.UTF_8), Map.of(), Delivery.ANSWER);
  }

  public static Response json(int status, Object value) {
    return new Response(status, JSON, Json.write(value).getBytes(StandardCharsets.UTF_8), Map.of(), Delivery.ANSWER);
  }

  public static Response connectionReset() {
    return new Response(0, "", new byte[0], Map.of(), Delivery.RESET);
  }

  public static Response hang() {
    return new Response(0, "", new byte[0], Map.of(), Delivery.HANG);
  }

  public boolean reset() {
    return delivery == Delivery.RESET;
  }

  /** The status the counters record: the HTTP status, "reset" or "hung". */
  public String outcome() {
    return switch (delivery) {
      case ANSWER -> Integer.toString(status);
      case RESET -> "reset";
      case HANG -> "hung";
    };
  }

  public Response withHeader(String name, String value) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Response(status, contentType, body, copy, delivery);
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
    return "Response[" + outcome() + "]";
  }
}
