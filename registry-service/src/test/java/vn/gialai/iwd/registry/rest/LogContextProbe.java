package vn.gialai.iwd.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.logging.MDC;

import java.util.HashMap;
import java.util.Map;

/** Test only: what a log line written while serving this request would carry. */
@Path("/test/log-context")
public class LogContextProbe {

    @GET
    @RolesAllowed("registry-admin")
    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("requestId", MDC.get("requestId"));
        context.put("traceId", MDC.get("traceId"));
        return context;
    }
}
