package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Absolute current and next links; the position travels in an opaque {@code skiptoken}. */
final class Links {
  private Links() {}

  static String current(Request request) {
    return request.baseUrl() + request.rawPathAndQuery();
  }

  /** The same query with the resolved window pinned and the skiptoken set to {@code offset}. */
  static String next(Request request, Map<String, String> pinned, int offset) {
    Map<String, String> params = new LinkedHashMap<>();
    request.query().forEach((k, v) -> params.put(k, v.get(0)));
    params.remove("lastndays");
    params.remove("skiptoken");
    params.putAll(pinned);
    params.put("skiptoken", Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8)));
    StringBuilder url = new StringBuilder(request.baseUrl()).append(request.rawPath()).append('?');
    List<String> parts = new java.util.ArrayList<>();
    params.forEach((k, v) -> parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return url.append(String.join("&", parts)).toString();
  }

  /** The offset a skiptoken carries; empty when it is not one of ours. */
  static Optional<Integer> offset(Request request) {
    Optional<String> token = request.param("skiptoken");
    if (token.isEmpty()) {
      return Optional.of(0);
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token.get()), StandardCharsets.UTF_8);
      return text.startsWith("o:") ? Optional.of(Integer.parseInt(text.substring(2))) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
