package dev.tiac.sandbox.directory;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/** Refuses every write that arrives over the wire; the sandbox loads its tree in process. */
final class ReadOnly extends InMemoryOperationInterceptor {
  private static LDAPException refused() {
    return new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "the sandbox directory is read-only");
  }

  @Override
  public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
    throw refused();
  }

  @Override
  public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
    throw refused();
  }

  @Override
  public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
    throw refused();
  }

  @Override
  public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
    throw refused();
  }
}
