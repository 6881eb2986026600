package dev.tiac.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs secrets from text before it reaches any log line. Known secret values are removed in
 * their raw, base64 and URL-encoded forms; bearer tokens, JWTs and credential-like query
 * parameters are removed by shape, so a token we never registered (a fresh JWT) is caught too.
 */
public final class Redactor {
  static final String MASK = "██";

  private static final Pattern AUTH_HEADER =
      Pattern.compile("(?i)((?:proxy-)?authorization\\s*[:=]\\s*)(\\S+\\s+)?\\S+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
  private static final Pattern SECRET_PARAM = Pattern.compile(
      "(?i)([?&;](?:[a-z0-9_-]*token|api[_-]?key|apikey|key|secret|password|passwd|pwd|"
          + "signature|sig|access_token)=)[^&#\\s\"']*");

  private final Set<String> forms = new CopyOnWriteArraySet<>();

  /** Registers a secret so that every later line is scrubbed of it. */
  public Redactor register(Secret secret) {
    String raw = secret.reveal();
    forms.add(raw);
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    forms.add(Base64.getEncoder().encodeToString(bytes));
    forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    forms.add(URLEncoder.encode(raw, StandardCharsets.UTF_8));
    forms.add(URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20"));
    return this;
  }

  public String scrub(String line) {
    String out = line;
    // Longest first, so a value is not half-masked by a shorter form that it contains.
    List<String> sorted = forms.stream()
        .filter(f -> f.length() >= 4)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    for (String form : sorted) {
      out = out.replace(form, MASK);
    }
    out = replaceGroup(AUTH_HEADER, out);
    out = replaceGroup(BEARER, out);
    out = JWT.matcher(out).replaceAll(MASK);
    out = replaceGroup(SECRET_PARAM, out);
    return out;
  }

  private static String replaceGroup(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MASK));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
