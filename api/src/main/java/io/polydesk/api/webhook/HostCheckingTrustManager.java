package io.polydesk.api.webhook;

import java.net.Socket;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a server certificate against the webhook URL's host name. The connection goes to the address the SSRF
 * guard checked, and the JDK's client checks no host name for an address, so the name is checked here: the chain
 * as the JVM's trust store says, then a subject alternative name matching the host (a wildcard only as the
 * whole leftmost label, as RFC 6125 allows; an address URL needs the address itself named).
 */
final class HostCheckingTrustManager extends X509ExtendedTrustManager {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private final X509ExtendedTrustManager chain;
    private final String host;

    HostCheckingTrustManager(X509ExtendedTrustManager chain, String host) {
        this.chain = chain;
        this.host = host.toLowerCase(Locale.ROOT);
    }

    /** The JVM's default trust manager (its {@code cacerts}, or {@code javax.net.ssl.trustStore}). */
    static X509ExtendedTrustManager jvmDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    return extended;
                }
            }
            throw new IllegalStateException("The JVM has no X.509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("The JVM's trust store cannot be read", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        chain.checkServerTrusted(certificates, authType, engine);
        checkHost(certificates);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        chain.checkServerTrusted(certificates, authType, socket);
        checkHost(certificates);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkServerTrusted(certificates, authType);
        checkHost(certificates);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        chain.checkClientTrusted(certificates, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        chain.checkClientTrusted(certificates, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkClientTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain.getAcceptedIssuers();
    }

    private void checkHost(X509Certificate[] certificates) throws CertificateException {
        if (certificates == null || certificates.length == 0 || !matches(certificates[0], host)) {
            throw new CertificateException("The certificate does not name " + host);
        }
    }

    static boolean matches(X509Certificate certificate, String host) throws CertificateParsingException {
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        if (names == null) {
            return false;
        }
        for (List<?> name : names) {
            if (name.size() >= 2
                    && Integer.valueOf(DNS_NAME).equals(name.get(0))
                    && name.get(1) instanceof String dns) {
                if (matches(dns.toLowerCase(Locale.ROOT), host)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(host);
        }
        int dot = host.indexOf('.');
        return dot > 0 && host.substring(dot).equals(pattern.substring(1)) && pattern.indexOf('.', 2) > 0;
    }
}
