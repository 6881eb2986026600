package dev.tiac.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <token>} for services with static tokens (CAS). */
public final class BearerAuthInterceptor implements Interceptor {
  private final Secret token;

  public BearerAuthInterceptor(Secret token) {
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", "Bearer " + token.reveal())
        .build());
  }
}
