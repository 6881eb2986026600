package dev.tiac.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the sandbox's routes see it: the raw path and query exactly as received (the
 * Apex Central checksum is computed over them), decoded parameters, lower-cased header names, the body.
 */
public record Request(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, String> headers,
    byte[] body,
    String baseUrl,
    Map<String, String> pathParams) {

  public Request {
    headers = Map.copyOf(headers);
    pathParams = Map.copyOf(pathParams);
    body = body.clone();
  }

  public static Request of(String method, String rawPathAndQuery, Map<String, String> headers, String body, String baseUrl) {
    int q = rawPathAndQuery.indexOf('?');
    String path = q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q);
    String query = q < 0 ? "" : rawPathAndQuery.substring(q + 1);
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return new Request(method, path, query, lower, body.getBytes(StandardCharsets.UTF_8), baseUrl, Map.of());
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Path and query as sent on the wire, without a "?" when there is no query. */
  public String rawPathAndQuery() {
    return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
  }

  public Map<String, List<String>> query() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  public Optional<String> param(String name) {
    List<String> values = query().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return value;
  }

  public Request withPathParams(Map<String, String> params) {
    return new Request(method, rawPath, rawQuery, headers, body, baseUrl, params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public String toString() {
    // Headers carry bearer tokens: never print them.
    return method + " " + rawPath;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
