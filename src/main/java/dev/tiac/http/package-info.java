/**
 * The one HTTP stack every provider shares: a hardened OkHttp client, one retry layer of our own,
 * client-side pacing, authentication and redacted debug logging, each as its own interceptor.
 */
package dev.tiac.http;
