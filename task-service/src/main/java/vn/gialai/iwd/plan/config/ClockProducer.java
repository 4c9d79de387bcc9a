package vn.gialai.iwd.plan.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** "Today" comes from this clock, so that statuses can be computed (and tested) for any day. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(PlanConfig config) {
        return Clock.system(config.zone());
    }
}
