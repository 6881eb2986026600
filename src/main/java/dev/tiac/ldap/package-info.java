/** Active Directory over LDAPS or StartTLS with host-name verification, escaped filters and paging. */
package dev.tiac.ldap;
