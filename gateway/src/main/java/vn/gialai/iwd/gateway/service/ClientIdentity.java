package vn.gialai.iwd.gateway.service;

import java.util.List;
import java.util.UUID;

/** What the gateway knows of an authenticated caller. */
public record ClientIdentity(UUID id, String name, List<String> roles, List<String> units, int rateLimitPerSecond) {

    public boolean hasAnyRole(java.util.Collection<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
