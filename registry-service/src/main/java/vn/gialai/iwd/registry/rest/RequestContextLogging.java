package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the gateway's request id into every log line of the request (OpenTelemetry puts the trace id
 * there), so a line can be matched with the gateway's access line and the audit trail.
 */
public class RequestContextLogging {

    private static final String REQUEST_ID = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        String requestId = request.getHeaderString("X-Request-Id");
        if (requestId != null) {
            MDC.put(REQUEST_ID, requestId);
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(REQUEST_ID);
    }
}
