package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.world.Mail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The sweep's query filters, compiled once per request; {@code *} and {@code ?} are wildcards. */
final class MailFilter {
  private MailFilter() {}

  /** The combined predicate, or the message of a 400. */
  record Result(Optional<Predicate<Mail>> predicate, String error) {}

  static Result compile(Request request) {
    List<Predicate<Mail>> all = new ArrayList<>();
    request.param("mailbox").map(MailFilter::glob).ifPresent(p -> all.add(m -> p.matcher(m.mailbox()).matches()));
    request.param("sender").map(MailFilter::glob).ifPresent(p -> all.add(m -> p.matcher(m.sender()).matches()));
    request.param("recipient").map(MailFilter::glob).ifPresent(p -> all.add(m -> m.recipients().stream().anyMatch(r -> p.matcher(r).matches())));
    request.param("file_name").map(MailFilter::glob).ifPresent(p -> all.add(m -> m.attachments().stream().anyMatch(a -> p.matcher(a.fileName()).matches())));
    request.param("file_extension").map(MailFilter::glob).ifPresent(p -> all.add(m -> m.attachments().stream().anyMatch(a -> p.matcher(extension(a.fileName())).matches())));
    request.param("file_sha1").ifPresent(h -> all.add(m -> m.attachments().stream().anyMatch(a -> a.sha1().equalsIgnoreCase(h))));
    request.param("file_sha256").ifPresent(h -> all.add(m -> m.attachments().stream().anyMatch(a -> a.sha256().equalsIgnoreCase(h))));
    request.param("url").ifPresent(u -> all.add(m -> m.urls().stream().anyMatch(x -> x.equalsIgnoreCase(u))));
    request.param("message_id").ifPresent(id -> all.add(m -> m.messageId().equals(id)));
    request.param("source_domain").ifPresent(d -> all.add(m -> m.sourceDomain().equalsIgnoreCase(d)));
    request.param("subject").ifPresent(s -> all.add(subject(s)));
    Optional<String> ip = request.param("source_ip");
    if (ip.isPresent()) {
      Optional<Predicate<Mail>> cidr = cidr(ip.get());
      if (cidr.isEmpty()) {
        return new Result(Optional.empty(), "source_ip must be an IPv4 address, optionally with a CIDR suffix");
      }
      all.add(cidr.get());
    }
    Predicate<Mail> p = m -> true;
    for (Predicate<Mail> one : all) {
      p = p.and(one);
    }
    return new Result(Optional.of(p), "");
  }

  /** Quoted: the exact phrase; otherwise every token must appear. */
  private static Predicate<Mail> subject(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      String phrase = s.substring(1, s.length() - 1).toLowerCase(Locale.ROOT);
      return m -> m.subject().toLowerCase(Locale.ROOT).contains(phrase);
    }
    String[] tokens = s.toLowerCase(Locale.ROOT).split("\\s+");
    return m -> {
      List<String> words = List.of(m.subject().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
      for (String t : tokens) {
        if (!t.isEmpty() && !words.contains(t)) {
          return false;
        }
      }
      return true;
    };
  }

  /** An IPv4 address, optionally with a CIDR suffix. */
  static boolean validIp(String text) {
    return cidr(text).isPresent();
  }

  private static Optional<Predicate<Mail>> cidr(String text) {
    String[] parts = text.split("/", 2);
    long base = dev.tiac.sandbox.world.Ipv4.parse(parts[0]);
    int bits;
    try {
      bits = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (base < 0 || bits < 0 || bits > 32) {
      return Optional.empty();
    }
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return Optional.of(m -> {
      long v = dev.tiac.sandbox.world.Ipv4.parse(m.sourceIp());
      return v >= 0 && (v & mask) == (base & mask);
    });
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1);
  }

  static Pattern glob(String pattern) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }
}
