package dev.tiac.state.http;

/** Status and body of one HTTP exchange. */
public record HttpReply(int status, byte[] body) {
  public HttpReply {
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
