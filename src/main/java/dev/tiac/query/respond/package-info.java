/** Responses to findings: planned from the findings, shown first, executed only with {@code --respond}. */
package dev.tiac.query.respond;
