/** The application layer: the wiring of one run (which providers serve which kinds) above plan, apply and providers. */
package dev.tiac.app;
