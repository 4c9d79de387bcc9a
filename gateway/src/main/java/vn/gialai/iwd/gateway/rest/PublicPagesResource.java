package vn.gialai.iwd.gateway.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gialai.iwd.gateway.client.FiguresUnavailableException;
import vn.gialai.iwd.gateway.config.GatewayConfig;
import vn.gialai.iwd.gateway.service.Language;
import vn.gialai.iwd.gateway.service.PublicPageService;
import vn.gialai.iwd.gateway.service.PublicPages;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public pages, for people rather than programs: the dashboard at / and the printable annual
 * report at /annual/{year}, Vietnamese by default, English with ?lang=en. No key, no script: the
 * pages are plain HTML with SVG charts, and a strict Content-Security-Policy says so.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PublicPages.Dashboard page);

        static native TemplateInstance annual(PublicPages.AnnualReport report);

        static native TemplateInstance notFound(PublicPages.PageLinks links, String year);

        static native TemplateInstance unavailable(PublicPages.PageLinks links);
    }

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern REVISION = Pattern.compile("[1-9]\\d{0,5}");
    private static final String RETRY_AFTER_SECONDS = "30";

    private final PublicPageService pages;
    private final GatewayConfig config;

    PublicPagesResource(PublicPageService pages, GatewayConfig config) {
        this.pages = pages;
        this.config = config;
    }

    @GET
    @Operation(hidden = true)
    public Response dashboard(@QueryParam("lang") String lang) {
        Language language = Language.of(lang);
        return page(Response.Status.OK, Templates.dashboard(pages.dashboard(language)), language);
    }

    @GET
    @Path("/annual/{year}")
    @Operation(hidden = true)
    public Response annualReport(@PathParam("year") String year, @QueryParam("revision") String revision,
                                 @QueryParam("lang") String lang) {
        Language language = Language.of(lang);
        Optional<PublicPages.AnnualReport> report = Optional.empty();
        if (YEAR.matcher(year).matches() && (revision == null || REVISION.matcher(revision).matches())) {
            report = pages.annualReport(Integer.parseInt(year), revision == null ? null : Integer.valueOf(revision), language);
        }
        if (report.isEmpty()) {
            PublicPages.PageLinks links = PublicPages.PageLinks.of(language, "/annual/" + year, "");
            return page(Response.Status.NOT_FOUND, Templates.notFound(links, year), language);
        }
        return page(Response.Status.OK, Templates.annual(report.get()), language);
    }

    /** The public API did not answer: a page that says so, and when to come back. */
    @ServerExceptionMapper
    Response figuresUnavailable(FiguresUnavailableException unavailable, UriInfo uri) {
        Language language = Language.of(uri.getQueryParameters().getFirst("lang"));
        PublicPages.PageLinks links = PublicPages.PageLinks.of(language, uri.getPath(), "");
        return Response.fromResponse(page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable(links), language))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private Response page(Response.Status status, TemplateInstance template, Language language) {
        String html = template.setLocale(language.locale()).render();
        return Response.status(status).entity(html).type(HTML)
                .header("Content-Language", language.tag())
                .header("Cache-Control", status == Response.Status.OK
                        ? "public, max-age=" + config.pages().maxAge().toSeconds() : "no-store")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
