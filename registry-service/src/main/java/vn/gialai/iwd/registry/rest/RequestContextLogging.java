package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the gateway's request id and W3C trace context into every log line of the request. */
public class RequestContextLogging {

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        putIfPresent("requestId", request.getHeaderString("X-Request-Id"));
        putIfPresent("traceparent", request.getHeaderString("traceparent"));
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove("requestId");
        MDC.remove("traceparent");
    }

    private static void putIfPresent(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
