package dev.tiac.http;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Runs one call to completion and turns transport trouble into a typed {@link HttpFailure}. */
public final class HttpExchange {
  private final OkHttpClient client;
  private final Redactor redactor;

  public HttpExchange(OkHttpClient client, Redactor redactor) {
    this.client = client;
    this.redactor = redactor;
  }

  /**
   * Executes {@code request}. Redirects are answered with a failure naming the target, because
   * following one would send credentials to a host nobody configured.
   */
  public HttpResult execute(Request request) {
    String what = request.method() + " " + redactor.scrub(request.url().toString());
    try (Response response = client.newCall(request).execute()) {
      byte[] body = response.body().bytes();
      if (response.code() >= 300 && response.code() < 400) {
        throw new HttpFailure(HttpFailure.Kind.STATUS, OptionalInt.of(response.code()),
            what + " was redirected to " + redactor.scrub(
                Optional.ofNullable(response.header("Location")).orElse("(no location)"))
                + "; tiac does not follow redirects from API hosts: check the base URL");
      }
      return new HttpResult(response.code(), Optional.ofNullable(response.header("Location")), body);
    } catch (RunDeadline.Passed e) {
      throw new HttpFailure(HttpFailure.Kind.DEADLINE, OptionalInt.empty(), redactor.scrub(String.valueOf(e.getMessage())), e);
    } catch (IOException e) {
      throw new HttpFailure(HttpFailure.Kind.TRANSPORT, OptionalInt.empty(),
          what + " failed: " + redactor.scrub(String.valueOf(e.getMessage()))
              + " (the request may or may not have been processed)", e);
    }
  }
}
