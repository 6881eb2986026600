/**
 * The investigations engine: turns the file's investigations into the fewest calls on Cloud App
 * Security, Active Directory and Endpoint Sensor, joins the answers locally by key and time, and
 * reports findings that say why they are findings.
 */
package dev.tiac.query;
