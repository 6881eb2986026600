package dev.tiac.sandbox.tls;

import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The sandbox's own small CA and its server certificate (SAN 127.0.0.1 and localhost), kept under the
 * state directory and reused across restarts. Clients trust {@code ca.pem}.
 */
public final class SandboxTls {
  private final Path caPem;
  private final SSLContext serverContext;

  private SandboxTls(Path caPem, SSLContext serverContext) {
    this.caPem = caPem;
    this.serverContext = serverContext;
  }

  public static SandboxTls loadOrCreate(Path dir) {
    try {
      Restricted.directories(dir);
      Path pin = dir.resolve("tls.pin");
      Path server = dir.resolve("server.p12");
      Path ca = dir.resolve("ca.pem");
      if (!Files.exists(pin) || !Files.exists(server) || !Files.exists(ca)) {
        generate(dir, pin, server, ca);
      }
      for (Path written : List.of(pin, server, ca, dir.resolve("server.pem"), dir.resolve("ca.p12"), dir.resolve("server.csr"))) {
        if (Files.exists(written)) {
          Restricted.ownerOnly(written); // the CA's key and the server's stay with their owner, whatever the umask
        }
      }
      char[] password = Files.readString(pin).trim().toCharArray();
      return new SandboxTls(ca, context(server, password));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the sandbox certificate in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the sandbox certificate in " + dir, e);
    }
  }

  public Path caFile() {
    return caPem;
  }

  public SSLContext serverContext() {
    return serverContext;
  }

  /** A client context trusting only the sandbox CA, for tests and the console CLI. */
  public SSLContext clientContext() {
    return clientContext(caPem);
  }

  public static SSLContext clientContext(Path caPem) {
    try (InputStream in = Files.newInputStream(caPem)) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("tiac-sandbox-ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the sandbox CA " + caPem, e);
    }
  }

  public static javax.net.ssl.X509TrustManager trustManager(Path caPem) {
    try (InputStream in = Files.newInputStream(caPem)) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("tiac-sandbox-ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      return (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the sandbox CA " + caPem, e);
    }
  }

  private static SSLContext context(Path server, char[] password) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(server)) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }

  private static void generate(Path dir, Path pin, Path server, Path ca) throws IOException {
    byte[] raw = new byte[18];
    new SecureRandom().nextBytes(raw);
    String password = HexFormat.of().formatHex(raw);
    Path caStore = dir.resolve("ca.p12");
    Path csr = dir.resolve("server.csr");
    Path serverPem = dir.resolve("server.pem");
    for (Path p : List.of(caStore, server, csr, serverPem, ca)) {
      Files.deleteIfExists(p);
    }
    run("generate-self-signed-certificate", "--keystore", caStore.toString(), "--keystore-type", "PKCS12",
        "--keystore-password", password, "--alias", "ca", "--subject-dn", "CN=tiac sandbox CA,O=tiac",
        "--days-valid", "3650", "--key-algorithm", "EC", "--key-size-bits", "256",
        "--signature-algorithm", "SHA256withECDSA", "--basic-constraints-is-ca", "true",
        "--key-usage", "key-cert-sign", "--key-usage", "crl-sign");
    run("generate-certificate-signing-request", "--keystore", server.toString(), "--keystore-type", "PKCS12",
        "--keystore-password", password, "--alias", "server", "--subject-dn", "CN=localhost,O=tiac sandbox",
        "--key-algorithm", "EC", "--key-size-bits", "256", "--signature-algorithm", "SHA256withECDSA",
        "--subject-alternative-name-dns", "localhost", "--subject-alternative-name-ip-address", "127.0.0.1",
        "--extended-key-usage", "server-auth", "--output-file", csr.toString());
    run("sign-certificate-signing-request", "--request-input-file", csr.toString(),
        "--certificate-output-file", serverPem.toString(), "--output-format", "PEM",
        "--keystore", caStore.toString(), "--keystore-password", password, "--signing-certificate-alias", "ca",
        "--days-valid", "3650", "--include-requested-extensions", "--no-prompt");
    run("export-certificate", "--keystore", caStore.toString(), "--keystore-password", password,
        "--alias", "ca", "--output-format", "PEM", "--output-file", ca.toString());
    run("import-certificate", "--keystore", server.toString(), "--keystore-type", "PKCS12",
        "--keystore-password", password, "--alias", "server", "--certificate-file", serverPem.toString(),
        "--certificate-file", ca.toString(), "--no-prompt");
    Files.deleteIfExists(csr);
    Files.writeString(pin, password, StandardCharsets.UTF_8);
    Restricted.ownerOnly(pin);
    Restricted.ownerOnly(caStore);
    Restricted.ownerOnly(server);
  }

  private static void run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var code = ManageCertificates.main(null, out, err, args);
    if (code != com.unboundid.ldap.sdk.ResultCode.SUCCESS) {
      throw new IllegalStateException("certificate step " + args[0] + " failed: " + err.toString(StandardCharsets.UTF_8).trim());
    }
  }
}
