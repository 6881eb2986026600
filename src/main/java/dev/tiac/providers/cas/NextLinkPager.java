package dev.tiac.providers.cas;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Follows {@code next_link} verbatim until the service marks the end, which it does in three
 * ways seen on the wire: an empty string, JSON null, and the string "null".
 */
final class NextLinkPager<T> implements Iterator<CasPage<T>> {
  private final Function<HttpUrl, JsonNode> fetch;
  private final Function<JsonNode, List<T>> items;
  private Optional<HttpUrl> next;

  NextLinkPager(HttpUrl first, Function<HttpUrl, JsonNode> fetch,
      Function<JsonNode, List<T>> items) {
    this.fetch = fetch;
    this.items = items;
    this.next = Optional.of(first);
  }

  static Optional<HttpUrl> nextLink(JsonNode page) {
    JsonNode link = page.path("next_link");
    if (link.isMissingNode() || link.isNull()) {
      return Optional.empty();
    }
    String text = link.asString("").trim();
    if (text.isEmpty() || text.equals("null")) {
      return Optional.empty();
    }
    return Optional.ofNullable(HttpUrl.parse(text));
  }

  @Override
  public boolean hasNext() {
    return next.isPresent();
  }

  @Override
  public CasPage<T> next() {
    HttpUrl url = next.orElseThrow(NoSuchElementException::new);
    JsonNode page = fetch.apply(url);
    next = nextLink(page);
    return new CasPage<>(items.apply(page), page.path("traceId").asString(""));
  }
}
