package vn.gialai.iwd.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.function.Supplier;

/** Reads the public API for the pages, turning HTTP failures into what the pages need to know. */
@ApplicationScoped
public class PublicFigures {

    private static final Logger LOG = Logger.getLogger(PublicFigures.class);

    private final PublicApi api;

    PublicFigures(@RestClient PublicApi api) {
        this.api = api;
    }

    public PublicAnswers.Indicators indicators() {
        return read("indicators", api::indicators);
    }

    public PublicAnswers.Breakdown breakdown(String by) {
        return read("breakdown by " + by, () -> api.breakdown(by));
    }

    public PublicAnswers.PlanProgress planProgress() {
        return read("plan progress", api::planProgress);
    }

    public PublicAnswers.Trend trend(int from, int to) {
        return read("trend", () -> api.trend(from, to));
    }

    public PublicAnswers.Contributions contributions(String by) {
        return read("contributions by " + by, () -> api.contributions(by));
    }

    /** @return the revision asked for (the newest when null), empty when the year has none published */
    public Optional<PublicAnswers.AnnualReport> annualReport(int year, Integer revision) {
        try {
            return Optional.of(read("annual report " + year, () -> api.annualReport(year, revision)));
        } catch (FiguresUnavailableException e) {
            if (e.status() == 404 || e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.warnf("the public API answered %d for %s", status, what);
            }
            throw new FiguresUnavailableException(what, status, e);
        } catch (ProcessingException e) {
            LOG.warnf("the public API is not reachable for %s: %s", what, e.getMessage());
            throw new FiguresUnavailableException(what, 503, e);
        }
    }
}
