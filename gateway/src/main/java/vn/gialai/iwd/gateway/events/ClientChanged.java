package vn.gialai.iwd.gateway.events;

import java.util.List;
import java.util.UUID;

/** Data of {@code vn.gialai.iwd.gateway.client.changed}: who may call the API. Never the key or its hash. */
public record ClientChanged(UUID id, String name, List<String> roles, List<String> units, int rateLimitPerSecond,
                            boolean revoked) {

    public static final String TYPE = "vn.gialai.iwd.gateway.client.changed";
}
