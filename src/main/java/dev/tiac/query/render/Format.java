package dev.tiac.query.render;

import dev.tiac.query.QueryResult;
import java.time.ZoneId;
import java.util.List;

/** The output formats of {@code tiac query --format}. */
public enum Format {
  table, json, markdown, html;

  public String render(List<QueryResult> results) {
    return switch (this) {
      case table -> TableRenderer.render(results);
      case json -> JsonRenderer.render(results);
      case markdown -> MarkdownRenderer.render(results);
      case html -> HtmlRenderer.render(results, ZoneId.systemDefault());
    };
  }
}
