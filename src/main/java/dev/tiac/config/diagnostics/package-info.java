/** Where in the file something is, and what is wrong there: the values every step of loading reports with. */
package dev.tiac.config.diagnostics;
