package dev.tiac.cli;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.http.Redactor;
import dev.tiac.providers.Endpoints;
import java.io.PrintWriter;

/** Endpoints of the embedded sandbox; wired once the sandbox lands. */
final class SandboxEndpointSource implements RunContext.EndpointSource {
  static RunContext.EndpointSource find(PrintWriter err) {
    return new SandboxEndpointSource();
  }

  @Override
  public Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor) {
    throw new IllegalStateException("--sandbox is not available in this build");
  }
}
