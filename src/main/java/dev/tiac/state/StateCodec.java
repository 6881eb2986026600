package dev.tiac.state;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * State to and from versioned JSON. Written by hand rather than by data binding so that the file
 * format is explicit here and cannot drift when a record gains a component.
 */
public final class StateCodec {
  /** The state file format this tiac writes and the newest it can read. */
  public static final int FORMAT_VERSION = 1;

  private StateCodec() {}

  /** Deterministic, pretty-printed JSON ending in a newline, properties sorted at every level. */
  public static byte[] encode(State state) {
    return write(state, StateCodec::entry);
  }

  /**
   * One resource as the file holds it: its address as a property name and its value, pretty
   * printed and indented for its depth. Both keep their UTF-8 bytes once written, so writing the
   * same entry again copies bytes instead of encoding characters.
   */
  record Entry(SerializableString name, SerializableString value) {}

  /**
   * Writes the state with each resource's entry as {@code entries} gives it, so an encoder that
   * saves the same state again and again (apply, once per mutating call) re-encodes only the
   * entries that changed. The properties are written in sorted order by hand; the result is byte
   * for byte what serialising the whole tree with sorted properties gives.
   */
  static byte[] write(State state, Function<ResourceState, Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 512 * state.resources().size());
    try (JsonGenerator g = Json.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writeBinding(g, state.binding());
      if (!state.creating().isEmpty()) {
        // Written only while a creation is under way: most files never carry it, and older readers skip it.
        g.writeName("creating");
        g.writeStartArray();
        state.creating().forEach(g::writeString);
        g.writeEndArray();
      }
      state.keyId().ifPresent(id -> g.writeStringProperty("keyId", id));
      g.writeStringProperty("lineage", state.lineage().toString());
      g.writeName("resources");
      g.writeStartObject();
      for (ResourceState resource : state.resources().values()) {
        Entry entry = entries.apply(resource);
        g.writeName(entry.name());
        g.writeRawValue(entry.value());
      }
      g.writeEndObject();
      g.writeNumberProperty("serial", state.serial());
      g.writeStringProperty("tiacVersion", state.tiacVersion());
      g.writeNumberProperty("version", FORMAT_VERSION);
      g.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  // Written only once a state is bound: an old state reads back as bound to nothing, and older readers skip it.
  private static void writeBinding(JsonGenerator g, StateBinding binding) {
    if (binding.isEmpty()) {
      return;
    }
    g.writeName("binding");
    g.writeStartObject();
    binding.setup().ifPresent(name -> g.writeStringProperty("setup", name));
    if (!binding.tenant().isEmpty()) {
      g.writeName("tenant");
      g.writeStartObject();
      TreeMap<String, String> sorted = new TreeMap<>();
      binding.tenant().forEach((field, value) -> sorted.put(field.key(), value));
      sorted.forEach(g::writeStringProperty);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static StateBinding readBinding(JsonNode node) {
    java.util.EnumMap<StateBinding.TenantField, String> tenant = new java.util.EnumMap<>(StateBinding.TenantField.class);
    for (Map.Entry<String, JsonNode> entry : node.path("tenant").properties()) {
      // A field a newer tiac added is kept out rather than failing the read; this tiac cannot compare it.
      StateBinding.TenantField.byKey(entry.getKey()).ifPresent(field -> tenant.put(field, entry.getValue().asString()));
    }
    return new StateBinding(node.optional("setup").map(JsonNode::asString), tenant);
  }

  /**
   * One resource's entry, its value indented for its depth (inside the root and {@code
   * resources}). Re-indenting line by line is safe: JSON escapes every line break inside a string,
   * so each one in the text is the pretty printer's own.
   */
  static Entry entry(ResourceState resource) {
    String value = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(encode(resource)).replace("\n", "\n    ");
    return new Entry(new SerializedString(resource.address()), new SerializedString(value));
  }

  /** Parses state; {@code source} names the file or URL in error messages. */
  public static State decode(byte[] json, String source) {
    try {
      JsonNode root = Json.MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new StateFormatException(source, "expected a JSON object");
      }
      int version = root.required("version").asInt();
      if (version > FORMAT_VERSION) {
        throw new StateFormatException(source, "it was written in format " + version
            + " by a newer tiac (" + root.path("tiacVersion").asString("unknown")
            + "); this tiac reads format " + FORMAT_VERSION + ". Upgrade tiac");
      }
      java.util.Optional<String> wrong = StateSchema.problems(root);
      if (wrong.isPresent()) {
        throw new StateFormatException(source, wrong.get());
      }
      TreeMap<String, ResourceState> resources = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : root.path("resources").properties()) {
        resources.put(entry.getKey(), decodeResource(entry.getKey(), entry.getValue()));
      }
      java.util.TreeSet<String> creating = new java.util.TreeSet<>();
      root.path("creating").forEach(a -> creating.add(a.asString()));
      return new State(
          UUID.fromString(root.required("lineage").asString()),
          root.required("serial").asLong(),
          root.required("tiacVersion").asString(),
          root.optional("keyId").map(JsonNode::asString),
          resources,
          creating,
          readBinding(root.path("binding")));
    } catch (JacksonException e) {
      throw new StateFormatException(source, e.getOriginalMessage());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StateFormatException(source, e.getMessage());
    }
  }

  private static ObjectNode encode(ResourceState resource) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("kind", resource.kind());
    resource.remoteId().ifPresent(id -> node.put("remoteId", id));
    node.put("owned", resource.owned());
    node.set("attributes", resource.attributes().asJson());
    ObjectNode secrets = node.putObject("secrets");
    resource.secrets().forEach((name, fingerprint) -> secrets.put(name, fingerprint.value()));
    resource.attestation().ifPresent(a -> {
      ObjectNode attested = node.putObject("attestation");
      attested.put("who", a.who());
      attested.put("at", a.at().toString());
      attested.put("note", a.note());
    });
    node.put("createdAt", resource.createdAt().toString());
    node.put("updatedAt", resource.updatedAt().toString());
    return node;
  }

  private static ResourceState decodeResource(String address, JsonNode node) {
    TreeMap<String, Fingerprint> secrets = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : node.path("secrets").properties()) {
      secrets.put(entry.getKey(), new Fingerprint(entry.getValue().asString()));
    }
    Optional<Attestation> attestation = node.optional("attestation").map(a -> new Attestation(
        a.required("who").asString(),
        Instant.parse(a.required("at").asString()),
        a.path("note").asString("")));
    return new ResourceState(
        address,
        node.required("kind").asString(),
        node.optional("remoteId").map(JsonNode::asString),
        node.path("owned").asBoolean(false),
        Attributes.of(node.path("attributes").isMissingNode()
            ? Json.MAPPER.createObjectNode() : node.get("attributes")),
        secrets,
        attestation,
        Instant.parse(node.required("createdAt").asString()),
        Instant.parse(node.required("updatedAt").asString()));
  }
}
