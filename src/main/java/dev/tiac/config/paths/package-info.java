/**
 * Paths written in a desired-state file ({@code ${file:…}}, {@code caFile}, {@code deliverTo.file},
 * a test's {@code fixture}): resolved against the file's directory and kept inside its repository,
 * symlinks included, unless the file names the places outside it may reach.
 */
package dev.tiac.config.paths;
