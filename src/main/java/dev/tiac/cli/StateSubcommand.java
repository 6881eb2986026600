package dev.tiac.cli;

import picocli.CommandLine.Mixin;

/** A {@code tiac state} subcommand (or force-unlock): the state's place, without the services. */
abstract class StateSubcommand extends Subcommand {
  @Mixin StateLocation location = new StateLocation();
}
