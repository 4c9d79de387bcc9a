package vn.gialai.iwd.plan.rest;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gialai.iwd.plan.service.Caller;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller of this request, from the gateway's verified token. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        Object unitsClaim = token.getClaim("units");
        Set<String> units = unitsClaim instanceof Collection<?> values
                ? values.stream().map(CurrentCaller::unquoted).collect(Collectors.toSet()) : Set.of();
        return new Caller(token.getSubject(), token.getGroups(), units);
    }

    /** JSON-P strings print with quotes; claim values are plain unit codes. */
    private static String unquoted(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
