package dev.tiac.providers.cas;

import dev.tiac.config.model.Investigation;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.ReadinessView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the enabled Default Exchange policies protect the mailboxes the file's investigations
 * read: a sweep sees only mail of protected mailboxes, so an investigation that reads others finds
 * nothing there, and says nothing about it. Fails where an investigation is shown to read outside
 * the targets, is unknown where that depends on who a group holds or whose mailbox a run reaches.
 */
final class ProtectedMailboxes {
  private static final Value ON = Value.text("ON");

  private ProtectedMailboxes() {}

  static ReadinessRule rule() {
    return new ReadinessRule(Leg.MAIL, 25, "the investigations' mailboxes protected by a policy ON", ProtectedMailboxes::judge, Optional.empty());
  }

  /** What an investigation's sweep reads: every mailbox, some named ones, or one known only when it runs. */
  private record Reads(Optional<Set<String>> mailboxes, String words) {
    static Reads every() {
      return new Reads(Optional.empty(), "every mailbox");
    }

    static Reads of(Investigation i) {
      Investigation.From from = i.from();
      if (from.email().isPresent()) {
        Optional<String> box = from.email().get().mailbox().or(() -> from.email().get().recipient());
        return box.map(b -> b.contains("*") ? new Reads(Optional.of(Set.of()), "the mailboxes matching " + b) : named(b)).orElse(every());
      }
      if (from.user().isPresent()) {
        return from.user().get().mail().map(Reads::named)
            .orElse(new Reads(Optional.of(Set.of()), "the mailbox of " + from.user().get().samAccountName().or(() -> from.user().get().userPrincipalName()).orElse("a user")));
      }
      if (from.endpoint().isPresent()) {
        return new Reads(Optional.of(Set.of()), "the mailbox of " + from.endpoint().get().hostName().or(() -> from.endpoint().get().ip()).orElse("an endpoint") + "'s user");
      }
      return every();
    }

    private static Reads named(String mailbox) {
      return new Reads(Optional.of(Set.of(mailbox)), mailbox);
    }
  }

  static Optional<CheckOutcome> judge(ReadinessView v) {
    List<DesiredResource> on = v.declared(ResourceKind.CAS_POLICY, d -> v.live(d.address()).map(a -> ON.equals(a.get("status"))).orElse(false));
    if (on.isEmpty()) {
      // Nothing ON protects nothing: "a Default Exchange policy ON" already says so.
      return Optional.empty();
    }
    List<DesiredResource> unseen = on.stream().filter(d -> !v.live(d.address()).orElse(Map.of()).containsKey("targets")).toList();
    if (!unseen.isEmpty()) {
      return Optional.of(new CheckOutcome(CheckOutcome.Status.UNKNOWN,
          String.join("; ", unseen.stream().map(d -> d.address() + " does not show which mailboxes it protects (" + v.basis(d.address()) + ")").toList()),
          unseen.stream().map(d -> "Check the Target of " + d.address() + " in the console, then run: tiac attest --address '" + d.address() + "'").toList()));
    }
    List<String> protecting = new ArrayList<>();
    Set<String> mailboxes = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (DesiredResource d : on) {
      PolicyTargets t = PolicyTargets.of(v.live(d.address()).orElseThrow().get("targets"));
      if (t.all()) {
        return Optional.of(new CheckOutcome(CheckOutcome.Status.PASS, d.address() + " protects every mailbox (" + v.basis(d.address()) + ")", List.of()));
      }
      mailboxes.addAll(t.mailboxes());
      groups.addAll(t.groups());
      protecting.add(d.address().key() + ": " + t.words());
    }
    PolicyTargets union = new PolicyTargets(false, mailboxes, groups);
    List<String> outside = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Investigation i : v.investigations()) {
      Reads reads = Reads.of(i);
      if (reads.mailboxes().isEmpty()) {
        outside.add(i.name() + " reads every mailbox");
      } else if (reads.mailboxes().get().isEmpty()) {
        unknown.add(i.name() + " reads " + reads.words() + ", known only when it runs");
      } else if (!reads.mailboxes().get().stream().allMatch(union::lists)) {
        (groups.isEmpty() ? outside : unknown).add(i.name() + " reads " + reads.words() + (groups.isEmpty() ? "" : ", which may or may not be in the groups"));
      }
    }
    String targets = "the enabled policies protect only " + String.join("; ", protecting);
    if (!outside.isEmpty()) {
      List<String> remedy = new ArrayList<>();
      on.forEach(d -> remedy.addAll(v.remedy(d, PolicyTargets.of(d.attributes().getOrDefault("targets", PolicyTargets.ALL)).all())));
      return Optional.of(new CheckOutcome(CheckOutcome.Status.FAIL, String.join("; ", outside) + ", but " + targets
          + ": mail outside them is invisible to the sweeps" + (unknown.isEmpty() ? "" : "; " + String.join("; ", unknown)),
          remedy.stream().distinct().toList()));
    }
    if (!unknown.isEmpty()) {
      return Optional.of(new CheckOutcome(CheckOutcome.Status.UNKNOWN, String.join("; ", unknown) + "; " + targets,
          List.of("Make sure the mailboxes these investigations read are among the targets, or set targets.type: all in cloudAppSecurity.policies")));
    }
    return Optional.of(new CheckOutcome(CheckOutcome.Status.PASS, "every investigation reads only protected mailboxes; " + targets, List.of()));
  }
}
