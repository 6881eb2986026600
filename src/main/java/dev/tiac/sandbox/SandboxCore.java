package dev.tiac.sandbox;

import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.console.InitialConsole;
import dev.tiac.sandbox.tenant.TenantData;
import dev.tiac.sandbox.tenant.TenantSnapshot;
import dev.tiac.sandbox.world.Endpoint;
import dev.tiac.sandbox.world.FixtureLoader;
import dev.tiac.sandbox.world.Scale;
import dev.tiac.sandbox.world.World;
import dev.tiac.sandbox.world.WorldGenerator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/** The simulated tenant without any listener: world, console state, API data and their persistence. */
public final class SandboxCore {
  private final World world;
  private final Console console;
  private final TenantData data;
  private final String directoryPassword;

  private SandboxCore(World world, Console console, TenantData data, String directoryPassword) {
    this.world = world;
    this.console = console;
    this.data = data;
    this.directoryPassword = directoryPassword;
  }

  /** Loads the persisted tenant of {@code options.stateDir()}, or creates one from the options. */
  public static SandboxCore open(SandboxOptions options) {
    Instant now = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Optional<PersistedState> saved = options.persist() ? StateStore.load(options.stateDir()) : Optional.empty();
    PersistedState state = saved.orElseGet(() -> new PersistedState(PersistedState.VERSION, options.seed(),
        options.scale().text(), options.fixtures().map(Path::toString), randomSecret(),
        InitialConsole.create(now, options.communicationTimeoutSeconds()), TenantSnapshot.EMPTY));
    World world = state.fixtures().isPresent()
        ? FixtureLoader.load(Path.of(state.fixtures().get()), now)
        : WorldGenerator.generate(state.seed(), Scale.parse(state.scale()), now);
    StateStore store = new StateStore(options.stateDir(), options.persist(), state);
    store.save();
    Console console = new Console(state.console(), options.clock(), options.policyPollDelay(),
        host -> world.endpointByHost(host).map(Endpoint::dotNetVersion), store::console);
    TenantData data = new TenantData(state.tenant(), store::tenant);
    return new SandboxCore(world, console, data, state.directoryPassword());
  }

  private static String randomSecret() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public World world() {
    return world;
  }

  public Console console() {
    return console;
  }

  public TenantData data() {
    return data;
  }

  String directoryPassword() {
    return directoryPassword;
  }
}
