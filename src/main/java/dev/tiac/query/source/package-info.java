/**
 * The three data sources behind small interfaces, with adapters over the real clients. A sandbox
 * serves the same HTTP and LDAP, so it plugs in through {@link dev.tiac.query.source.QuerySources}
 * with its own base URLs rather than with different code.
 */
package dev.tiac.query.source;
