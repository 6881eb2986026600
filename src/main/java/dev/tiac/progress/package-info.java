/**
 * What a person sees while tiac works: the events the refresh and the apply report as they go
 * ({@link dev.tiac.progress.Progress}) and their display on stderr ({@link dev.tiac.progress.ProgressDisplay}),
 * a live status line on a terminal and plain lines in CI logs. Nothing here writes to stdout, so
 * plans, JSON and reports stay as they are.
 */
package dev.tiac.progress;
