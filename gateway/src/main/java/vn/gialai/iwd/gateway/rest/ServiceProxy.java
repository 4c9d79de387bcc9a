package vn.gialai.iwd.gateway.rest;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.gialai.iwd.gateway.config.GatewayConfig;
import vn.gialai.iwd.gateway.service.CallerTokens;
import vn.gialai.iwd.gateway.service.ClientIdentity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The front door: checks the route's roles for the client {@link ApiKeyAuthentication} found (its
 * rate was checked by {@link ClientAdmission}), then streams the request to the service and the
 * answer back (never buffering a body), passing the caller as a signed token. Every response
 * carries X-Request-Id. The trace context the services receive is this request's span's, which
 * OpenTelemetry continues from the client's traceparent or starts. A known key costs no thread switch here.
 */
@ApplicationScoped
public class ServiceProxy {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID_KEY = "iwd.requestId";
    private static final String CLIENT_GONE = "the client closed the connection before the answer was complete";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /**
     * Headers that belong to one connection, that carry credentials the services must not see, or that
     * the gateway sets itself (OpenTelemetry writes the trace context of the call to the service).
     */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "keep-alive", "proxy-authorization",
            "proxy-connection", "te", "trailer", "upgrade", "transfer-encoding", "x-api-key", "authorization",
            REQUEST_ID_HEADER.toLowerCase(), "traceparent", "tracestate");
    private static final Set<String> LOCATIONS = Set.of("location", "content-location");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding",
            REQUEST_ID_HEADER.toLowerCase());
    /** What the public API allows, and what may be sent to a service twice. */
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private final GatewayRoutes routes;
    private final CallerTokens tokens;
    private final GatewayConfig config;
    private final VertxProblems problems;
    private final ClientAddresses addresses;
    private HttpClient http;

    ServiceProxy(GatewayRoutes routes, CallerTokens tokens, GatewayConfig config, VertxProblems problems,
                 ClientAddresses addresses) {
        this.routes = routes;
        this.tokens = tokens;
        this.config = config;
        this.problems = problems;
        this.addresses = addresses;
    }

    void routes(@Observes Router router, Vertx vertx) {
        http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true)
                .setConnectTimeout(5_000).setIdleTimeout(60));
        router.route().order(-1000).handler(this::tagRequest);
        for (GatewayRoutes.Route route : routes.proxied()) {
            router.route(route.prefix() + "*").handler(context -> proxy(context, route));
        }
    }

    /** Every request, proxied or not, gets a request id. */
    private void tagRequest(RoutingContext context) {
        String requestId = Optional.ofNullable(context.request().getHeader(REQUEST_ID_HEADER))
                .filter(id -> SAFE_REQUEST_ID.matcher(id).matches()).orElseGet(ServiceProxy::newRequestId);
        context.put(REQUEST_ID_KEY, requestId);
        context.response().putHeader(REQUEST_ID_HEADER, requestId);
        context.next();
    }

    /**
     * A random (version 4) UUID. Request ids correlate log lines and are no secret, so they come from the
     * thread's own generator rather than SecureRandom, whose shared lock and reads of /dev/urandom were 2 % of a
     * proxied read's time.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (1L << 63)).toString();
    }

    private void proxy(RoutingContext context, GatewayRoutes.Route rule) {
        HttpServerRequest request = context.request();
        request.pause();
        long started = System.nanoTime();
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && parseLength(contentLength) > config.maxBodySize().asLongValue()) {
            problems.send(context, 413, tooLarge());
            return;
        }
        if (rule.isPublic() && !READS.contains(request.method())) {
            // The public API only reads, so no anonymous body is ever forwarded (GET and HEAD bodies
            // were refused by ClientAdmission; CORS preflights are answered before any route).
            context.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            problems.send(context, 405, "The public API is read-only: GET or HEAD.");
            return;
        }
        if (rule.isPublic()) {
            forward(context, rule, null, started);
            return;
        }
        Optional<ClientIdentity> client = ApiKeyIdentityProvider.clientOf(context);
        if (client.isEmpty()) {
            problems.send(context, 401, ApiKeyAuthentication.UNAUTHENTICATED);
        } else if (!client.get().hasAnyRole(rule.roles())) {
            problems.send(context, 403, "The client's roles do not allow " + rule.prefix() + "*.");
        } else {
            forward(context, rule, client.get(), started);
        }
    }

    private void forward(RoutingContext context, GatewayRoutes.Route rule, ClientIdentity client, long started) {
        HttpServerRequest in = context.request();
        String requestId = context.get(REQUEST_ID_KEY);
        String traceId = Span.current().getSpanContext().getTraceId();
        URI service = rule.service().orElseThrow();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(service.getHost())
                .setPort(service.getPort()).setURI(in.uri());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        in.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        // The services see the one address the gateway decided is the client's, never a client's own claim.
        headers.set(REQUEST_ID_HEADER, requestId)
                .set("X-Forwarded-For", addresses.of(context).getHostAddress());
        if (client != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(client, rule.audience()));
        }
        options.setHeaders(headers);
        boolean hasBody = in.headers().contains(HttpHeaders.CONTENT_LENGTH) || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        Future<HttpClientResponse> answered;
        if (hasBody) {
            answered = http.request(options).compose(outgoing -> sendBody(context, outgoing));
        } else {
            in.resume();
            answered = http.request(options).compose(HttpClientRequest::send)
                    .recover(failure -> retryOnceIfClosed(failure, options, in.method(), context));
        }
        answered.compose(answer -> relay(answer, context.response()))
                .onComplete(done -> {
                    if (done.failed() && !context.response().headWritten()) {
                        problems.send(context, 503, "The service behind " + rule.prefix() + " is not reachable.");
                    } else if (done.failed()) {
                        context.response().reset();
                    }
                    // A client gone before its answer ended is logged so, not with the default status 200.
                    LOG.infof("%s %s -> %s client=%s requestId=%s traceId=%s %dms%s", in.method(), in.path(),
                            context.response().ended() ? context.response().getStatusCode() : "closed",
                            client == null ? "public" : client.id(), requestId,
                            traceId, (System.nanoTime() - started) / 1_000_000,
                            done.failed() ? " failed: " + done.cause().getMessage() : "");
                });
    }

    /**
     * A pooled connection to a service can close just as a request is given to it (the service or this
     * proxy closed it a moment before, e.g. after resetting the call of a client that went away): a read
     * that failed so, before any answer, is sent once more. Bodies are never resent, nor anything but
     * GET and HEAD, nor to a client that has gone.
     */
    private Future<HttpClientResponse> retryOnceIfClosed(Throwable failure, RequestOptions options, HttpMethod method,
                                                         RoutingContext context) {
        if (failure instanceof HttpClosedException && READS.contains(method) && !context.response().closed()) {
            LOG.debugf("retrying %s %s: the connection to the service closed before an answer", method, options.getURI());
            return http.request(options).compose(HttpClientRequest::send);
        }
        return Future.failedFuture(failure);
    }

    /**
     * Streams the client's body to the service with back-pressure, counting its bytes against
     * max-body-size whether or not it has a Content-Length. A body over the cap is answered 413 and the
     * call to the service reset, as is a body whose client goes away or misses its deadline
     * ({@link BodyDeadline}): the service sees a broken connection, never a cut body that looks
     * complete (which piping would send, as it ends the request when the source fails).
     */
    private Future<HttpClientResponse> sendBody(RoutingContext context, HttpClientRequest outgoing) {
        HttpServerRequest in = context.request();
        long cap = config.maxBodySize().asLongValue();
        if (!in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            outgoing.setChunked(true);
        }
        // A reset is this method's own doing; the caller learns of it from the failed response.
        outgoing.exceptionHandler(failure -> LOG.debugf("call with a body ended: %s", failure.getMessage()));
        long[] received = {0};
        in.handler(chunk -> {
            if (outgoing.response().failed()) {
                return; // the call broke (service gone, reset): the rest of the body has nowhere to go
            }
            received[0] += chunk.length();
            if (received[0] > cap) {
                in.handler(null).endHandler(null);
                // The answer first: resetting the call fails it, and that failure must find it sent.
                problems.send(context, 413, tooLarge());
                outgoing.reset();
                return;
            }
            outgoing.write(chunk);
            if (outgoing.writeQueueFull()) {
                in.pause();
                outgoing.drainHandler(drained -> in.resume());
            }
        });
        in.endHandler(ended -> outgoing.end());
        in.exceptionHandler(failure -> outgoing.reset());
        in.resume();
        return outgoing.response();
    }

    private String tooLarge() {
        return "The body is larger than " + config.maxBodySize().asLongValue() + " bytes.";
    }

    /**
     * A service knows only its own internal address, so an absolute location it gives names an internal host
     * and port: the client gets the path alone (a relative reference, resolved against the gateway's address).
     * A location that is not a URI is dropped rather than passed on.
     */
    static Optional<String> withoutAuthority(String location) {
        try {
            URI uri = new URI(location);
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Streams the service's answer to the client with back-pressure. A client that goes away in the
     * middle stops the relay and resets the call to the service, instead of writing to a finished
     * response (which Vert.x reports as an uncaught "Response has already been written").
     */
    private static Future<Void> relay(HttpClientResponse answer, HttpServerResponse out) {
        out.setStatusCode(answer.statusCode());
        answer.headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (LOCATIONS.contains(name)) {
                withoutAuthority(header.getValue()).ifPresent(location -> out.headers().add(header.getKey(), location));
            } else if (!NOT_RETURNED.contains(name)) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        if (!answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        Promise<Void> relayed = Promise.promise();
        answer.exceptionHandler(relayed::tryFail);
        answer.handler(chunk -> {
            if (out.ended() || out.closed()) {
                answer.request().reset();
                relayed.tryFail(CLIENT_GONE);
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                answer.pause();
                out.drainHandler(drained -> answer.resume());
            }
        });
        answer.endHandler(ended -> {
            if (out.ended() || out.closed()) {
                relayed.tryFail(CLIENT_GONE);
            } else {
                out.end().onComplete(relayed);
            }
        });
        return relayed.future();
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
