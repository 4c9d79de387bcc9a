package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.Contributions;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annual reports: publishing freezes a year's indicators and one-way breakdowns into a new, immutable
 * revision (the table refuses updates and deletes). Figures are taken as of the year's last day (or
 * today, for the running year) and as known at the moment of publication, which the report states,
 * so GET /indicators?asOf=…&knownAt=… gives the same numbers later. The public version is decided by the
 * disclosure rule at the report's own moment ({@link PublicFigures}) and stored with it.
 */
@ApplicationScoped
public class AnnualReportService {

    /** The breakdowns DESIGN §4 names, each published one-way. */
    static final List<Dimension> PUBLISHED_BREAKDOWNS = List.of(Dimension.UNIT, Dimension.SECTOR,
            Dimension.QUALIFICATION, Dimension.EMPLOYMENT, Dimension.STATE_APPARATUS, Dimension.GENDER,
            Dimension.ETHNIC_GROUP, Dimension.AGE_BAND, Dimension.FIELD_OF_STUDY, Dimension.ACADEMIC_TITLE);
    static final int FIRST_YEAR = 2024;

    @Schema(description = "A published annual report; a later correction is a new revision")
    public record Report(@Schema(required = true) int year, @Schema(required = true) int revision, @Schema(required = true) OffsetDateTime publishedAt,
                         @Schema(required = true, description = "Client that published it") String publishedBy,
                         @Schema(required = true, description = "The day the figures describe") LocalDate asOf,
                         @Schema(required = true, description = "The figures as known at this instant") String knownAt,
                         @Schema(required = true) Indicators indicators,
                         @Schema(required = true, description = "One-way breakdowns by dimension name") Map<String, Breakdown> breakdowns,
                         @Schema(required = true, nullable = true, description = "The year's contributions of the persons "
                                 + "counted at publication: by type and level (internal), by type (public, as the public "
                                 + "report by type and year shows them); null in reports published before contributions were reported")
                         Contributions contributions) {
    }

    private final IndicatorService indicators;
    private final BreakdownService breakdowns;
    private final Today today;
    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final PublicFigures publicFigures;
    private final ContributionService contributions;
    private final PublicContributions publicContributions;

    AnnualReportService(IndicatorService indicators, BreakdownService breakdowns, Today today, Jdbc jdbc,
                        ObjectMapper json, PublicFigures publicFigures, ContributionService contributions,
                        PublicContributions publicContributions) {
        this.contributions = contributions;
        this.publicContributions = publicContributions;
        this.indicators = indicators;
        this.breakdowns = breakdowns;
        this.today = today;
        this.jdbc = jdbc;
        this.json = json;
        this.publicFigures = publicFigures;
    }

    @Transactional
    public Report publish(int year, String caller) {
        LocalDate now = today.date();
        if (year < FIRST_YEAR || year > now.getYear()) {
            throw ProblemException.unprocessable("A year from " + FIRST_YEAR + " to " + now.getYear() + " can be published.");
        }
        // Serialises publications of one year, so that revisions are numbered without gaps or clashes.
        jdbc.query("select pg_advisory_xact_lock(?)", List.of(year), row -> null);
        int revision = jdbc.query("select coalesce(max(revision), 0) + 1 from annual_report where year = ?",
                List.of(year), row -> row.getInt(1)).get(0);
        OffsetDateTime publishedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Scope scope = today.scope(yearEnd.isBefore(now) ? yearEnd : now, publishedAt.toString());
        Indicators figures = indicators.indicators(scope);
        Map<String, Breakdown> full = new LinkedHashMap<>();
        Map<String, Breakdown> open = new LinkedHashMap<>();
        for (Dimension dimension : PUBLISHED_BREAKDOWNS) {
            Breakdown breakdown = breakdowns.breakdown(List.of(dimension), scope, Map.of(), true);
            full.put(dimension.apiName(), breakdown);
            open.put(dimension.apiName(), publicFigures.breakdown(List.of(dimension), scope));
        }
        Report report = new Report(year, revision, publishedAt, caller, scope.asOf(), scope.knownAt(), figures, full,
                contributions.report(ContributionGrouping.LEVEL, year, year));
        Report publicReport = new Report(year, revision, publishedAt, caller, scope.asOf(), scope.knownAt(),
                publicFigures.indicators(scope), open, publicContributions.ofYear(year));
        jdbc.update("insert into annual_report (year, revision, published_at, published_by, body, public_body)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                Arrays.asList(year, revision, publishedAt, caller, write(report), write(publicReport)));
        return report;
    }

    /** The given revision, or the newest when {@code revision} is null. */
    public JsonNode published(int year, Integer revision, boolean publicVersion) {
        String column = publicVersion ? "public_body" : "body";
        List<String> bodies = revision == null
                ? jdbc.query("select " + column + " from annual_report where year = ? order by revision desc limit 1",
                List.of(year), row -> row.getString(1))
                : jdbc.query("select " + column + " from annual_report where year = ? and revision = ?",
                List.of(year, revision), row -> row.getString(1));
        if (bodies.isEmpty()) {
            throw ProblemException.notFound("No annual report has been published for " + year
                    + (revision == null ? "." : " in revision " + revision + "."));
        }
        try {
            return json.readTree(bodies.get(0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
