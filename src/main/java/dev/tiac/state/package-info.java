/**
 * The state store: what tiac last applied (remote ids, ownership, non-secret attributes, keyed
 * fingerprints of write-only secrets), kept in {@code .tiac/state.json} or a Terraform-style HTTP
 * backend, always behind a lock. Never holds a secret value.
 *
 * <p>Apply opens a {@link dev.tiac.state.StateSession} (lock, read, key check), calls {@code
 * record} or {@code remove} right after every mutating remote call, and closes the session at the
 * end; a failed save leaves {@code state.errored.json} and blocks the next run until pushed back.
 */
package dev.tiac.state;
