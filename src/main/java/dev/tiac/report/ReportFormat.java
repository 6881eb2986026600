package dev.tiac.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats {@code tiac drift --report} writes, several in one run. */
public enum ReportFormat {
  JSON("json", "json"),
  JUNIT("junit", "xml"),
  SARIF("sarif", "sarif"),
  MARKDOWN("markdown", "md"),
  HTML("html", "html"),
  CODEQUALITY("codequality", "codequality.json");

  private final String id;
  private final String extension;

  ReportFormat(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** The name on the command line, e.g. {@code junit}. */
  public String id() {
    return id;
  }

  /** The usual file extension, e.g. {@code drift.xml} for JUnit. */
  public String extension() {
    return extension;
  }

  public ReportWriter writer() {
    return switch (this) {
      case JSON -> new JsonReport();
      case JUNIT -> new JunitReport();
      case SARIF -> new SarifReport();
      case MARKDOWN -> new MarkdownReport();
      case HTML -> new HtmlReport();
      case CODEQUALITY -> new CodeQualityReport();
    };
  }

  /**
   * Parses a comma-separated list such as {@code json,junit}, keeping the order given and dropping
   * repeats.
   *
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  public static List<ReportFormat> parseList(String text) {
    List<ReportFormat> formats = new ArrayList<>();
    for (String part : text.split(",")) {
      ReportFormat format = parse(part.trim());
      if (!formats.contains(format)) {
        formats.add(format);
      }
    }
    return List.copyOf(formats);
  }

  public static ReportFormat parse(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown report format \"" + id + "\"; expected one of "
            + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "))));
  }
}
