package vn.gialai.iwd.gateway.rest;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.config.GatewayConfig;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sent a request: the connection's peer, unless the peer is one of the trusted proxies
 * ({@code iwd.gateway.trusted-proxies}); then the right-most address of X-Forwarded-For that is not a
 * trusted proxy. The right-most, because each proxy appends the address it saw: what is left of the
 * first untrusted hop was written by the client and proves nothing. Only IP literals are accepted, so
 * no request ever waits for DNS. Checked at start-up: a malformed entry stops the gateway.
 */
@ApplicationScoped
@Startup
public class ClientAddresses {

    private static final String KEY = "iwd.clientAddress";
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Where the peer is not an IP socket (never on TCP): all such requests share one bucket. */
    private static final InetAddress UNKNOWN = NetUtil.createInetAddressFromIpAddressString("0.0.0.0");

    private final List<IpSubnetFilterRule> trustedProxies;

    ClientAddresses(GatewayConfig config) {
        trustedProxies = config.trustedProxies().orElse(List.of()).stream().map(String::trim)
                .filter(entry -> !entry.isEmpty()).map(ClientAddresses::rule).toList();
    }

    /** The client's address, worked out once per request. */
    InetAddress of(RoutingContext context) {
        InetAddress known = context.get(KEY);
        if (known == null) {
            known = resolve(context);
            context.put(KEY, known);
        }
        return known;
    }

    private InetAddress resolve(RoutingContext context) {
        SocketAddress peer = context.request().remoteAddress();
        InetAddress address = peer == null || peer.hostAddress() == null ? null
                : NetUtil.createInetAddressFromIpAddressString(peer.hostAddress());
        if (address == null) {
            return UNKNOWN;
        }
        if (!isTrusted(address)) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        for (String header : context.request().headers().getAll(FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = NetUtil.createInetAddressFromIpAddressString(hops.get(i));
            if (hop == null) {
                // Not an address: a trusted proxy never writes that, so the hop to its right sent it.
                return address;
            }
            address = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return address;
    }

    private boolean isTrusted(InetAddress address) {
        if (trustedProxies.isEmpty()) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        for (IpSubnetFilterRule rule : trustedProxies) {
            if (rule.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    /** "10.0.0.5", "10.0.0.0/8", "2001:db8::1", "2001:db8::/32". */
    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String ip = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            throw new IllegalArgumentException("iwd.gateway.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
        }
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("iwd.gateway.trusted-proxies: '" + entry + "' has no valid prefix length");
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
