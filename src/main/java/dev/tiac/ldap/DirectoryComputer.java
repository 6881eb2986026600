package dev.tiac.ldap;

/** A computer entry: its DNS host name joins it to Apex One agents. */
public record DirectoryComputer(String dn, String name, String dnsHostName, String operatingSystem) {}
