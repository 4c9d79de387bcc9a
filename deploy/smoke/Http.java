import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP call for deploy/smoke.sh: METHOD URL API_KEY [JSON_BODY]; prints the status, then the body. */
public class Http {
    public static void main(String[] args) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(args[1])).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (!args[2].isEmpty()) {
            request.header("X-API-Key", args[2]);
        }
        String body = args.length > 3 ? args[3] : "";
        request.method(args[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode());
        System.out.print(response.body());
    }
}
