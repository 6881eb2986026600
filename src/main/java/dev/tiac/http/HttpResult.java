package dev.tiac.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A complete answer: status, the headers we use, and the body read to the end. */
public record HttpResult(int status, Optional<String> location, byte[] body) {
  public HttpResult {
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }
}
