package dev.tiac.query;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.query.source.Account;
import dev.tiac.query.source.EsCriterion;
import dev.tiac.query.source.EsCriterion.Field;
import dev.tiac.query.source.SweptMail;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every criterion of a query's one historical investigation: the mails' attachment names (written,
 * or named on a command line), their URL domains on command lines, the users' accounts (which
 * endpoints they work on); joined by OR so one task answers them all.
 */
final class CriteriaBuilder {
  private CriteriaBuilder() {}

  static List<EsCriterion> build(Query query, List<SweptMail> mails, List<Account> accounts,
      Artifacts indicator, Optional<String> host) {
    Set<String> names = new LinkedHashSet<>(indicator.fileNames());
    Set<String> urlParts = new LinkedHashSet<>(indicator.urlParts());
    for (SweptMail mail : mails) {
      names.addAll(mail.attachmentNames());
      urlParts.addAll(mail.urlHosts());
    }
    List<EsCriterion> out = new ArrayList<>();
    if (!names.isEmpty() && query.counts(Activity.attachmentWrittenOrRun)) {
      out.add(new EsCriterion(Field.FILE_NAME, false, List.copyOf(names)));
    }
    if (!names.isEmpty() && (query.counts(Activity.attachmentWrittenOrRun) || query.counts(Activity.spawnedFromOutlook))) {
      out.add(new EsCriterion(Field.COMMAND_LINE, true, List.copyOf(names)));
    }
    if (!urlParts.isEmpty() && query.counts(Activity.commandLineHasMailUrl)) {
      out.add(new EsCriterion(Field.COMMAND_LINE, true, List.copyOf(urlParts)));
    }
    List<String> sams = accounts.stream().map(Account::samAccountName).filter(s -> !s.isBlank()).distinct().toList();
    if (!sams.isEmpty() && !out.isEmpty()) {
      out.add(new EsCriterion(Field.ACCOUNT, false, sams));
    }
    return out;
  }

  /** The indicator as activity to look for: a file name, or a domain, URL or IP on a command line. */
  static Artifacts indicator(Start start) {
    if (start.kind() != Start.Kind.INDICATOR) {
      return new Artifacts(List.of(), List.of());
    }
    List<String> urlParts = new ArrayList<>();
    start.field("domain").ifPresent(urlParts::add);
    start.field("url").ifPresent(urlParts::add);
    start.field("ip").ifPresent(urlParts::add);
    return new Artifacts(start.field("fileName").map(List::of).orElse(List.of()), urlParts);
  }
}
