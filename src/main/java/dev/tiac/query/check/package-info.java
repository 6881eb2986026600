/** Investigation test cases: what a run produced against what the case expects. */
package dev.tiac.query.check;
