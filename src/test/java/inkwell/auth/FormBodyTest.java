package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Register and login also take an HTML form (the notes' request.form), with exactly the JSON routes' validation. */
class FormBodyTest {
  static final String FORM = "application/x-www-form-urlencoded";

  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static Map<String, String> fields(String... pairs) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
    return map;
  }

  @Test
  void register_and_login_with_flat_form_fields() {
    String name = "form" + UUID.randomUUID().toString().substring(0, 8);
    var registered = server.http.send("POST", "/api/users",
        form(fields("username", name, "email", name + "@Example.com", "password", "a long password")), FORM, null);
    assertEquals(201, registered.status(), registered.body());
    assertEquals(name + "@example.com", registered.json().at("/user/email").asText(), "same normalisation as JSON");

    var login = server.http.send("POST", "/api/users/login",
        form(fields("email", name + "@example.com", "password", "a long password")), FORM, null);
    assertEquals(200, login.status(), login.body());
    String token = login.json().at("/user/token").asText();
    assertEquals(name, server.http.get("/api/user", token).json().at("/user/username").asText());
  }

  @Test
  void rails_style_user_brackets_work_too() {
    var user = server.register("bracket");
    String name = user.get("username").asText();
    var login = server.http.send("POST", "/api/users/login",
        form(fields("user[email]", name + "@example.com", "user[password]", "password-" + name)), FORM, null);
    assertEquals(200, login.status(), login.body());
  }

  @Test
  void the_form_gets_the_same_validation_messages_as_json() {
    var reply = server.http.send("POST", "/api/users",
        form(fields("username", "bad name!", "email", "not-an-email", "password", "short")), FORM, null);
    assertEquals(422, reply.status(), reply.body());
    var errors = reply.json().get("errors");
    assertTrue(errors.has("username") && errors.has("email") && errors.has("password"), reply.body());

    var json = server.http.post("/api/users", null,
        "{\"user\":{\"username\":\"bad name!\",\"email\":\"not-an-email\",\"password\":\"short\"}}");
    assertEquals(json.json().get("errors"), errors, "one set of rules for both body types");
  }

  @Test
  void a_wrong_password_by_form_is_401_and_a_missing_field_is_422() {
    var user = server.register("formbad");
    String email = user.get("username").asText() + "@example.com";
    assertEquals(401, server.http.send("POST", "/api/users/login",
        form(fields("email", email, "password", "wrong password")), FORM, null).status());
    var missing = server.http.send("POST", "/api/users/login", form(fields("email", email)), FORM, null);
    assertEquals(422, missing.status());
    assertTrue(missing.json().at("/errors/password").isArray(), missing.body());
    var empty = server.http.send("POST", "/api/users/login", "", FORM, null);
    assertEquals(400, empty.status(), empty.body());
  }

  @Test
  void other_routes_still_want_json() {
    String token = server.register("formarticle").get("token").asText();
    var reply = server.http.send("POST", "/api/articles", form(fields("title", "t")), FORM, "Token " + token);
    assertEquals(415, reply.status(), reply.body());
  }
}
