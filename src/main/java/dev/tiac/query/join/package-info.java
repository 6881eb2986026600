/** The local join of mail, directory users and Endpoint Sensor results by key and time. */
package dev.tiac.query.join;
