package dev.tiac.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What a state describes: the setup it was applied from ({@code metadata.name}) and the tenant it
 * was written against. A state read against another setup or tenant would lend that tenant the
 * first one's ownership records, so a run compares its own binding with the state's first. Only
 * identifiers are kept, never a secret; values are compared without regard to case, as hosts,
 * application IDs (GUIDs), region keys and account names all are.
 *
 * @param setup the setup's name; empty where the run has no setup of its own (an export)
 * @param tenant each identifier known, by the field it identifies
 */
public record StateBinding(Optional<String> setup, Map<TenantField, String> tenant) {

  /** The identifiers of a tenant a run can know without calling it. A closed set: the file names them. */
  public enum TenantField {
    APEX_CENTRAL_HOST("apexCentralHost", "Apex Central host"),
    APEX_CENTRAL_APPLICATION_ID("apexCentralApplicationId", "Apex Central application ID"),
    CAS_SITE("cloudAppSecuritySite", "Cloud App Security site"),
    LICENSING_ACCOUNT("licensingPortalAccount", "licensing portal account");

    private final String key;
    private final String label;

    TenantField(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** The property name in the state file. */
    public String key() {
      return key;
    }

    /** What people read in messages. */
    public String label() {
      return label;
    }

    public static Optional<TenantField> byKey(String key) {
      for (TenantField field : values()) {
        if (field.key.equals(key)) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }
  }

  /** One identifier that differs: what the state holds and what this run has. */
  public record Mismatch(String what, String inState, String inRun) {
    @Override
    public String toString() {
      return what + " is " + inState + " in the state but " + inRun + " in this run";
    }
  }

  public StateBinding {
    setup = setup.filter(s -> !s.isBlank());
    EnumMap<TenantField, String> copy = new EnumMap<>(TenantField.class);
    tenant.forEach((field, value) -> {
      if (!value.isBlank()) {
        copy.put(field, value.strip().toLowerCase(Locale.ROOT));
      }
    });
    tenant = Collections.unmodifiableMap(copy);
  }

  /** Bound to nothing: what an old state, written before bindings existed, carries. */
  public static final StateBinding NONE = new StateBinding(Optional.empty(), Map.of());

  public boolean isEmpty() {
    return setup.isEmpty() && tenant.isEmpty();
  }

  /** The same tenant, without a setup: for runs that read a tenant but apply no setup. */
  public StateBinding tenantOnly() {
    return new StateBinding(Optional.empty(), tenant);
  }

  /**
   * What differs between this binding (the state's) and a run's. An identifier only one side
   * knows is no difference: a file may add or drop a connection without changing tenant.
   */
  public List<Mismatch> mismatches(StateBinding run) {
    List<Mismatch> found = new ArrayList<>();
    if (setup.isPresent() && run.setup.isPresent() && !setup.get().equalsIgnoreCase(run.setup.get())) {
      found.add(new Mismatch("the setup (metadata.name)", quoted(setup.get()), quoted(run.setup.get())));
    }
    tenant.forEach((field, value) -> {
      String other = run.tenant.get(field);
      if (other != null && !other.equals(value)) {
        found.add(new Mismatch("the " + field.label(), value, other));
      }
    });
    return found;
  }

  /**
   * Refuses a run whose binding differs from this one (the state's).
   *
   * @param location where the state lives, for the message
   * @throws StateBindingMismatchException naming each difference
   */
  public void requireMatch(StateBinding run, String location) {
    List<Mismatch> found = mismatches(run);
    if (!found.isEmpty()) {
      throw new StateBindingMismatchException(location, this, found);
    }
  }

  /** This binding with what only the run knows added; what this binding holds is kept. */
  public StateBinding completedBy(StateBinding run) {
    EnumMap<TenantField, String> merged = new EnumMap<>(TenantField.class);
    merged.putAll(run.tenant);
    merged.putAll(tenant);
    return new StateBinding(setup.or(() -> run.setup), merged);
  }

  /** For messages: {@code setup "acme", Apex Central host acme.manage.trendmicro.com, …}. */
  public String describe() {
    if (isEmpty()) {
      return "nothing";
    }
    StringJoiner text = new StringJoiner(", ");
    setup.ifPresent(s -> text.add("setup " + quoted(s)));
    tenant.forEach((field, value) -> text.add(field.label() + " " + value));
    return text.toString();
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
