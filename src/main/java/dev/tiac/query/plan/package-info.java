/** What a query will call before it runs ({@code tiac query --dry-run}): scope, calls per service, limits. */
package dev.tiac.query.plan;
