package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.client.RegistryStatsClient;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.math.BigInteger;
import java.util.List;

/**
 * GET /reconciliation: registry's person count and checksum against the same computed over
 * person_state. Equal checksums mean reporting holds the same version of every counted person.
 */
@ApplicationScoped
public class ReconciliationService {

    private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

    /** {@code difference} = registryPersons − reportingPersons: positive while reporting lags behind. */
    public record Reconciliation(@Schema(required = true) long registryPersons, @Schema(required = true) long reportingPersons, @Schema(required = true) long difference,
                                 @Schema(required = true) boolean checksumMatches) {
    }

    private final RegistryStatsClient registry;
    private final Jdbc jdbc;

    ReconciliationService(@RestClient RegistryStatsClient registry, Jdbc jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public Reconciliation reconcile() {
        RegistryStatsClient.Checksum theirs;
        try {
            theirs = registry.checksum();
        } catch (RuntimeException e) {
            LOG.warnf("registry checksum unavailable: %s", e.getMessage());
            throw ProblemException.upstreamUnavailable("registry-service did not answer the checksum request.");
        }
        // The same formula as registry's, over the persons reporting counts now (not removed).
        List<Object[]> ours = jdbc.query("""
                select count(*), coalesce(sum(('x' || substr(md5(person_id::text || ':' || version), 1, 15))::bit(60)::bigint), 0)::text
                from person_state where not removed""", List.of(), row -> new Object[]{row.getLong(1), row.getString(2)});
        long reportingPersons = (long) ours.get(0)[0];
        boolean matches = new BigInteger((String) ours.get(0)[1]).equals(new BigInteger(theirs.checksum()))
                && reportingPersons == theirs.persons();
        return new Reconciliation(theirs.persons(), reportingPersons, theirs.persons() - reportingPersons, matches);
    }
}
