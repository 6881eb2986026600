/**
 * The bottom of the domain: addresses, resource kinds, live and desired resources, changes and the
 * outcomes of checks, shared by plan, providers and apply and depending on none of them.
 */
package dev.tiac.contract;
