package vn.gialai.iwd.reporting.rest;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, from the gateway's verified token: recorded on edits and publications. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        return token.getSubject();
    }
}
