/**
 * Cloud App Security client: regional hosts, bearer tokens paced under the 20-per-minute limit,
 * {@code next_link} paging, typed {@code {code, traceId, msg}} errors and a token probe.
 */
package dev.tiac.providers.cas;
