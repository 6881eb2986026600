/** Query results as a terminal table, versioned JSON, Markdown for a pull request, and one HTML page. */
package dev.tiac.query.render;
