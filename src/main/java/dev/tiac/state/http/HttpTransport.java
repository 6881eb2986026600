package dev.tiac.state.http;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The single HTTP call the state backend needs, so it can move onto the shared client of
 * {@code dev.tiac.http} without touching the protocol code. Implementations must never put
 * header values (credentials) into exceptions.
 *
 * @throws java.io.UncheckedIOException when the server could not be reached or did not answer
 */
@FunctionalInterface
public interface HttpTransport {
  HttpReply send(String method, URI url, Map<String, String> headers, Optional<byte[]> body);
}
