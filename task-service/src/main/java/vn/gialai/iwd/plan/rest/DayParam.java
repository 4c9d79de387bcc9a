package vn.gialai.iwd.plan.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** {@code asOf}, the day statuses are computed for, declared once ({@code @BeanParam}) and read by {@link QueryValues}. */
public class DayParam {

    @QueryParam("asOf")
    @Parameter(description = "The day the status is computed for (yyyy-mm-dd); default today")
    String asOf;

    LocalDate orElse(LocalDate today) {
        return QueryValues.date("asOf", asOf, today);
    }
}
