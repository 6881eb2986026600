package dev.tiac.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a remote state lives: every command that reads, writes or unlocks state shares these. */
final class BackendOptions {
  @Option(names = "--backend-url", paramLabel = "URL",
      description = "Keep state in a remote backend speaking Terraform's HTTP backend protocol (e.g. GitLab's managed state) instead of the state dir.")
  Optional<URI> backendUrl = Optional.empty();

  @Option(names = "--backend-lock-url", paramLabel = "URL", description = "Where the remote state is locked and unlocked (default: URL/lock).")
  Optional<URI> backendLockUrl = Optional.empty();

  @Option(names = "--backend-user", paramLabel = "USER",
      description = "Basic-auth user of the remote backend; its password comes from the " + StateBackends.PASSWORD_VARIABLE + " environment variable only.")
  Optional<String> backendUser = Optional.empty();
}
