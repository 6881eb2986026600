/**
 * Apex Central Automation API client: per-request JWT signing, the three response envelope
 * families, and typed access to agents, servers, suspicious objects and Endpoint Sensor tasks.
 */
package dev.tiac.providers.apexcentral;
