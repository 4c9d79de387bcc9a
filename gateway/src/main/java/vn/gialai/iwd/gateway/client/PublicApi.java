package vn.gialai.iwd.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * reporting-service's public API, the one anybody can read through the gateway: the public pages
 * are built on these answers only, so they never show more than the public may see.
 */
@RegisterRestClient(configKey = "public-api")
@Path("/api/v1/public")
interface PublicApi {

    @GET
    @Path("/indicators")
    PublicAnswers.Indicators indicators();

    @GET
    @Path("/breakdown")
    PublicAnswers.Breakdown breakdown(@QueryParam("by") String by);

    @GET
    @Path("/plan-progress")
    PublicAnswers.PlanProgress planProgress();

    @GET
    @Path("/trend")
    PublicAnswers.Trend trend(@QueryParam("from") int from, @QueryParam("to") int to);

    @GET
    @Path("/contributions")
    PublicAnswers.Contributions contributions(@QueryParam("by") String by);

    @GET
    @Path("/annual/{year}")
    PublicAnswers.AnnualReport annualReport(@PathParam("year") int year, @QueryParam("revision") Integer revision);
}
