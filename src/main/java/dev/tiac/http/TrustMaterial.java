package dev.tiac.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities we trust: the JDK's, plus an optional PEM bundle for a corporate
 * TLS-inspecting proxy or an on-premises Apex Central. Verification is always on; there is
 * deliberately no way to build a trust-all manager here. Shared by HTTPS and LDAPS.
 */
public final class TrustMaterial {
  private final X509TrustManager trustManager;
  private final SSLContext context;

  private TrustMaterial(X509TrustManager trustManager) throws GeneralSecurityException {
    this.trustManager = trustManager;
    this.context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
  }

  public static TrustMaterial load(Optional<Path> extraCaPem) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (X509Certificate ca : defaultTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("jdk-" + i++, ca);
      }
      if (extraCaPem.isPresent()) {
        Collection<? extends Certificate> extra = readPem(extraCaPem.get());
        if (extra.isEmpty()) {
          throw new IllegalArgumentException("no certificate found in CA bundle " + extraCaPem.get());
        }
        for (Certificate ca : extra) {
          store.setCertificateEntry("extra-" + i++, ca);
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return new TrustMaterial(x509(factory.getTrustManagers()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("cannot load trusted certificates: " + e.getMessage(), e);
    }
  }

  public X509TrustManager trustManager() {
    return trustManager;
  }

  public SSLContext sslContext() {
    return context;
  }

  public SSLSocketFactory socketFactory() {
    return context.getSocketFactory();
  }

  private static Collection<? extends Certificate> readPem(Path pem)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pem)) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in);
    }
  }

  private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    return x509(factory.getTrustManagers());
  }

  private static X509TrustManager x509(TrustManager[] managers) {
    for (TrustManager manager : managers) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the JDK offers no X.509 trust manager");
  }
}
