/**
 * What a provider implements for the planner and the applier: read a kind, check a fact, create,
 * update or delete, and draw conclusions from a whole plan.
 */
package dev.tiac.contract.spi;
