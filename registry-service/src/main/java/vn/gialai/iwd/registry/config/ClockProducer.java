package vn.gialai.iwd.registry.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** "Today" is Vietnam's day whatever the server's zone, and tests can move it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(RegistryConfig config) {
        return Clock.system(config.zone());
    }
}
