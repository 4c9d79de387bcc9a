package vn.gialai.iwd.gateway.rest;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The X-API-Key a request presented, on its way from the authentication mechanism to the identity provider. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    ApiKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
