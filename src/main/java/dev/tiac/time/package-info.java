/**
 * How tiac writes instants: {@link dev.tiac.time.WireTime} for what the services receive (their
 * documented format, never more precision than they accept), {@link dev.tiac.time.ShownTime} for
 * what people read (seconds or an age, never a Java {@code toString}).
 */
package dev.tiac.time;
