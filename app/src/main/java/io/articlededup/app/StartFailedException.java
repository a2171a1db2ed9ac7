package io.articlededup.app;

import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The application cannot reach or use its cluster at start (unreachable, wrong credentials, a
 * certificate it does not trust). {@code run} prints the message, which names the cause and the
 * settings to check, and exits with code 1: a supervisor restarts it, and the log stays readable.
 */
final class StartFailedException extends IllegalStateException {
    StartFailedException(String what, Throwable cause) {
        super(what + ": " + causes(cause) + hint(cause), cause);
    }

    /** The distinct messages of the cause chain: Kafka's "SSL handshake failed" alone does not say why. */
    private static String causes(Throwable t) {
        List<String> messages = new ArrayList<>();
        for (Throwable c = t; c != null && messages.size() < 4; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && messages.stream().noneMatch(prev -> prev.contains(m))) {
                messages.add(m);
            }
        }
        return String.join(": ", messages);
    }

    private static String hint(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SslAuthenticationException) {
                return " (check kafka.ssl.truststore.* trusts the broker's certificate, the broker's name matches it,"
                        + " and kafka.ssl.keystore.* when the broker requires client certificates)";
            }
            if (c instanceof SaslAuthenticationException) {
                return " (check kafka.sasl.mechanism and the user and password in kafka.sasl.jaas.config)";
            }
        }
        return "";
    }
}
