package vn.gialai.iwd.plan.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code cursor} and {@code limit} of every paged list, declared once ({@code @BeanParam}) and read by {@link QueryValues}. */
public class PageParams {

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page")
    String cursor;

    @QueryParam("limit")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + QueryValues.MAX_LIMIT, defaultValue = "" + QueryValues.DEFAULT_LIMIT))
    String limit;

    /** The id after which the page starts; 0 for the first page. */
    long afterId() {
        return Cursors.decode(cursor);
    }

    int limit() {
        return QueryValues.limit(limit);
    }
}
