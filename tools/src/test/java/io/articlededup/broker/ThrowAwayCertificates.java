package io.articlededup.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates for TLS tests, made with the JDK's own {@code keytool} (every JDK has it, and
 * the JDK has no public API to sign a certificate): a broker key for {@code localhost}, a client key for
 * mutual TLS, the truststores that trust each, and one that trusts neither. PKCS12, valid for two days.
 */
public record ThrowAwayCertificates(Path brokerKeystore, Path clientKeystore, Path brokerTruststore,
                                    Path clientTruststore, Path unrelatedTruststore, String password) {

    /** @param password one password for every store, as the test decides it (never a real secret) */
    public static ThrowAwayCertificates create(Path dir, String password) throws IOException, InterruptedException {
        ThrowAwayCertificates c = new ThrowAwayCertificates(dir.resolve("broker.p12"), dir.resolve("client.p12"),
                dir.resolve("broker-trusts-client.p12"), dir.resolve("client-trusts-broker.p12"),
                dir.resolve("trusts-another-ca.p12"), password);
        c.keyPair(c.brokerKeystore, "broker", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        c.keyPair(c.clientKeystore, "client", "CN=article-dedup", null);
        c.keyPair(dir.resolve("other.p12"), "other", "CN=Someone Else's CA", null);
        c.trust(c.brokerKeystore, "broker", c.clientTruststore, dir.resolve("broker.crt"));
        c.trust(c.clientKeystore, "client", c.brokerTruststore, dir.resolve("client.crt"));
        c.trust(dir.resolve("other.p12"), "other", c.unrelatedTruststore, dir.resolve("other.crt"));
        return c;
    }

    private void keyPair(Path keystore, String alias, String dname, String extension) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", dname, "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", password));
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        keytool(args);
    }

    /** Copies the certificate of {@code alias} in {@code keystore} into {@code truststore}. */
    private void trust(Path keystore, String alias, Path truststore, Path certificate) throws IOException, InterruptedException {
        keytool(List.of("-exportcert", "-alias", alias, "-keystore", keystore.toString(), "-storepass", password,
                "-rfc", "-file", certificate.toString()));
        keytool(List.of("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", password));
    }

    private static void keytool(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + args.get(0) + " failed: " + out);
        }
    }
}
