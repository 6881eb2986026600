/**
 * Views of a plan, computed apart from the plan itself (Terraform's "plan as data"): the human
 * text with optional colour, and the versioned JSON that {@code plan --out} saves and
 * {@code apply plan.json} reads back.
 */
package dev.tiac.plan.render;
