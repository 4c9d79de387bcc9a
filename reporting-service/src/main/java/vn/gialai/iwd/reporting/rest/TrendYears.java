package vn.gialai.iwd.reporting.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The years of a trend, internal or public: {@code from} (default 2024) to {@code to} (default 2045). */
public class TrendYears {

    @Parameter(description = "First year (2000 to 2100)", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "2024"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Last year (from to 2100)", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "2045"))
    @QueryParam("to")
    String to;

    int from() {
        return QueryParams.integer("from", from, 2024);
    }

    int to() {
        return QueryParams.integer("to", to, 2045);
    }
}
