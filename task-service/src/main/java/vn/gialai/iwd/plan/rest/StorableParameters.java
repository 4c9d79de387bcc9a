package vn.gialai.iwd.plan.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gialai.iwd.plan.service.InvalidFieldsException;

import java.util.List;
import java.util.Map;

/**
 * A path or query parameter holding U+0000 (sent as %00) is a 400 naming it: PostgreSQL refuses the
 * character, and a plan filter or task code with it was answered 500 (issue 15).
 */
public class StorableParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf(0) >= 0) {
                    throw new InvalidFieldsException(parameter.getKey(), "INVALID_FORMAT",
                            "The value contains the character U+0000.");
                }
            }
        }
    }
}
