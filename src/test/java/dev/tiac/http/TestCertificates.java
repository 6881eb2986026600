package dev.tiac.http;

import com.unboundid.asn1.ASN1Boolean;
import com.unboundid.asn1.ASN1Element;
import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.asn1.ASN1Sequence;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.util.OID;
import com.unboundid.util.ObjectPair;
import com.unboundid.util.ssl.cert.PublicKeyAlgorithmIdentifier;
import com.unboundid.util.ssl.cert.SignatureAlgorithmIdentifier;
import com.unboundid.util.ssl.cert.X509CertificateExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Certificates made inside the test run (no files checked in, nothing from the network): a small
 * CA and server certificates it signs, valid, expired or for another host name.
 */
public final class TestCertificates {
  private static final char[] PASSWORD = "test-keystore".toCharArray();

  private final com.unboundid.util.ssl.cert.X509Certificate caCert;
  private final KeyPair caKeys;

  private TestCertificates(com.unboundid.util.ssl.cert.X509Certificate caCert, KeyPair caKeys) {
    this.caCert = caCert;
    this.caKeys = caKeys;
  }

  /** A fresh certificate authority, valid from yesterday for thirty days. */
  public static TestCertificates newAuthority(String name) throws Exception {
    Instant now = Instant.now();
    ObjectPair<com.unboundid.util.ssl.cert.X509Certificate, KeyPair> ca =
        com.unboundid.util.ssl.cert.X509Certificate.generateSelfSignedCertificate(
            SignatureAlgorithmIdentifier.SHA_256_WITH_ECDSA, PublicKeyAlgorithmIdentifier.EC, 256,
            new DN("CN=" + name), now.minus(Duration.ofDays(1)).toEpochMilli(),
            now.plus(Duration.ofDays(30)).toEpochMilli(),
            new X509CertificateExtension(new OID("2.5.29.19"), true,
                new ASN1Sequence(new ASN1Boolean(true)).encode()));
    return new TestCertificates(ca.getFirst(), ca.getSecond());
  }

  /** Writes this authority's certificate as a PEM file, the form tiac's settings take. */
  public Path writeCaPem(Path dir) throws Exception {
    Path pem = Files.createTempFile(dir, "ca", ".pem");
    Files.writeString(pem, pem(caCert.getX509CertificateBytes()), StandardCharsets.US_ASCII);
    return pem;
  }

  /** A server certificate for {@code hosts}, valid from now for a day. */
  public ServerIdentity issue(String... hosts) throws Exception {
    Instant now = Instant.now();
    return issue(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), hosts);
  }

  public ServerIdentity issueExpired(String... hosts) throws Exception {
    Instant now = Instant.now();
    return issue(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)), hosts);
  }

  public ServerIdentity issue(Instant notBefore, Instant notAfter, String... hosts)
      throws Exception {
    ObjectPair<com.unboundid.util.ssl.cert.X509Certificate, KeyPair> key =
        com.unboundid.util.ssl.cert.X509Certificate.generateSelfSignedCertificate(
            SignatureAlgorithmIdentifier.SHA_256_WITH_ECDSA, PublicKeyAlgorithmIdentifier.EC, 256,
            new DN("CN=" + hosts[0]), notBefore.toEpochMilli(), notAfter.toEpochMilli());
    com.unboundid.util.ssl.cert.X509Certificate template = key.getFirst();
    com.unboundid.util.ssl.cert.X509Certificate leaf =
        com.unboundid.util.ssl.cert.X509Certificate.generateIssuerSignedCertificate(
            SignatureAlgorithmIdentifier.SHA_256_WITH_ECDSA, caCert, caKeys.getPrivate(),
            template.getPublicKeyAlgorithmOID(), template.getPublicKeyAlgorithmParameters(),
            template.getEncodedPublicKey(), template.getDecodedPublicKey(),
            new DN("CN=" + hosts[0]), notBefore.toEpochMilli(), notAfter.toEpochMilli(),
            subjectAltNames(hosts));
    return new ServerIdentity(key.getSecond(),
        List.of(toJava(leaf.getX509CertificateBytes()), toJava(caCert.getX509CertificateBytes())));
  }

  /** A certificate that signs itself: no configured authority vouches for it. */
  public static ServerIdentity selfSigned(String... hosts) throws Exception {
    return newAuthority("Untrusted " + hosts[0]).issue(hosts);
  }

  private static X509CertificateExtension subjectAltNames(String... hosts) {
    List<ASN1Element> names = new ArrayList<>();
    for (String host : hosts) {
      if (host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
        String[] parts = host.split("\\.");
        byte[] ip = new byte[4];
        for (int i = 0; i < 4; i++) {
          ip[i] = (byte) Integer.parseInt(parts[i]);
        }
        names.add(new ASN1OctetString((byte) 0x87, ip));
      } else {
        names.add(new ASN1OctetString((byte) 0x82, host));
      }
    }
    return new X509CertificateExtension(new OID("2.5.29.17"), false,
        new ASN1Sequence(names).encode());
  }

  private static X509Certificate toJava(byte[] der) throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(der));
  }

  private static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }

  /** A server's key and chain, ready for a TLS listener. */
  public record ServerIdentity(KeyPair keys, List<X509Certificate> chain) {
    public SSLContext serverContext() throws Exception {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", keys.getPrivate(), PASSWORD, chain.toArray(new Certificate[0]));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context;
    }
  }
}
