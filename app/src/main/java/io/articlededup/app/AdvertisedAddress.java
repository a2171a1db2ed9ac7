package io.articlededup.app;

import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The HTTP address the other instances use to reach this one ({@code dedup.http.advertised}), given to
 * Kafka Streams as {@code application.server}: its metadata then names, for any key, the address of the
 * instance whose stores hold it. Unset, it is the bind address with the bound port, and for a wildcard
 * bind this host's own address: in a Kubernetes pod or a compose container, the address its peers reach.
 */
final class AdvertisedAddress {
    private static final Logger log = LoggerFactory.getLogger(AdvertisedAddress.class);

    private AdvertisedAddress() {
    }

    static HostInfo of(AppConfig config, int boundPort) {
        String advertised = config.optional("dedup.http.advertised");
        if (advertised != null) {
            return parse(advertised);
        }
        String bind = config.string("dedup.http.bind");
        if (!bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("[::]")) {
            return new HostInfo(bind, boundPort);
        }
        try {
            return new HostInfo(InetAddress.getLocalHost().getHostAddress(), boundPort);
        } catch (UnknownHostException e) {
            // a host name missing from /etc/hosts and DNS must not stop a single instance, which needs no peer
            String address = InetAddress.getLoopbackAddress().getHostAddress();
            log.warn("dedup.http.advertised is not set and this host's name does not resolve ({}): advertising {};"
                    + " other instances cannot forward queries here until it is set", e.getMessage(), address);
            return new HostInfo(address, boundPort);
        }
    }

    static HostInfo parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 ? hostPort.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new InvalidConfigException("dedup.http.advertised: must be host:port, got '" + hostPort + "'");
        }
        return new HostInfo(host, port);
    }
}
