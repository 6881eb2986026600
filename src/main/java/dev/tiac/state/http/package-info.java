/**
 * Remote state over Terraform's HTTP backend protocol (the one GitLab's managed Terraform state
 * speaks): GET/POST the state, LOCK/UNLOCK a lock address, 409/423 naming the holder.
 */
package dev.tiac.state.http;
