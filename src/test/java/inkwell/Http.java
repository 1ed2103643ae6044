package inkwell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import inkwell.web.OpenApiDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for tests: JSON in, status + headers + JSON out. Every reply to a documented operation is
 * checked against openapi.json (status, headers, body schema), so each test also checks the document.
 */
public final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Http(String base) {
    this.base = base;
  }

  public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public Reply get(String path, String token) {
    return send("GET", path, null, "application/json", authorization(token));
  }

  public Reply post(String path, String token, String body) {
    return send("POST", path, body, "application/json", authorization(token));
  }

  public Reply put(String path, String token, String body) {
    return send("PUT", path, body, "application/json", authorization(token));
  }

  public Reply delete(String path, String token) {
    return send("DELETE", path, null, "application/json", authorization(token));
  }

  private static String authorization(String token) {
    return token == null ? null : "Token " + token;
  }

  /** Full control: any method, body, content type and Authorization header (null leaves a header out). */
  public Reply send(String method, String path, String body, String contentType, String authorization) {
    var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && contentType != null) request.header("Content-Type", contentType);
    if (authorization != null) request.header("Authorization", authorization);
    try {
      var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      var reply = new Reply(response.statusCode(), response.headers(), response.body());
      OpenApiDocument.served().assertConforms(method, path, reply);
      return reply;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
