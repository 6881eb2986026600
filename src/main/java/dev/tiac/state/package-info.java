/**
 * The state store: what tiac last applied (remote ids, ownership, non-secret attributes, keyed
 * fingerprints of write-only secrets), kept in {@code .tiac/state.json} or a Terraform-style HTTP
 * backend, always behind a lock. Never holds a secret value.
 */
package dev.tiac.state;
