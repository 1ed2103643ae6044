package inkwell.auth;

import static inkwell.TestUsers.FORM;
import static inkwell.TestUsers.TOO_SHORT_PASSWORD;
import static inkwell.TestUsers.form;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Register and login also take an HTML form (the notes' request.form), with exactly the JSON routes' validation. */
class FormBodyTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void register_and_login_with_flat_form_fields() {
    String name = unique("form");
    var registered = server.http.send("POST", "/api/users",
        form("username", name, "email", name + "@Example.com", "password", "a long password"), FORM, null);
    assertEquals(201, registered.status(), registered.body());
    assertEquals(name + "@example.com", registered.json().at("/user/email").asText(), "same normalisation as JSON");

    var login = server.http.send("POST", "/api/users/login",
        form("email", name + "@example.com", "password", "a long password"), FORM, null);
    assertEquals(200, login.status(), login.body());
    String token = login.json().at("/user/token").asText();
    assertEquals(name, server.http.get("/api/user", token).json().at("/user/username").asText());
  }

  @Test
  void rails_style_user_brackets_work_too() {
    var user = server.register("bracket");
    var login = server.http.send("POST", "/api/users/login",
        form("user[email]", user.get("email").asText(), "user[password]", password(user)), FORM, null);
    assertEquals(200, login.status(), login.body());
  }

  @Test
  void the_form_gets_the_same_validation_messages_as_json() {
    var reply = server.http.send("POST", "/api/users",
        form("username", "bad name!", "email", "not-an-email", "password", TOO_SHORT_PASSWORD), FORM, null);
    assertEquals(422, reply.status(), reply.body());
    var errors = reply.json().get("errors");
    assertTrue(errors.has("username") && errors.has("email") && errors.has("password"), reply.body());

    var json = tryRegister(server.http, newUser("bad name!", "not-an-email", TOO_SHORT_PASSWORD));
    assertEquals(json.json().get("errors"), errors, "one set of rules for both body types");
  }

  @Test
  void a_wrong_password_by_form_is_401_and_a_missing_field_is_422() {
    var user = server.register("formbad");
    String email = user.get("email").asText();
    assertEquals(401, server.http.send("POST", "/api/users/login",
        form("email", email, "password", "wrong password"), FORM, null).status());
    var missing = server.http.send("POST", "/api/users/login", form("email", email), FORM, null);
    assertEquals(422, missing.status());
    assertTrue(missing.json().at("/errors/password").isArray(), missing.body());
    var empty = server.http.send("POST", "/api/users/login", "", FORM, null);
    assertEquals(400, empty.status(), empty.body());
  }

  @Test
  void other_routes_still_want_json() {
    var reply = server.http.send("POST", "/api/articles", form("title", "t"), FORM, "Token " + token(server.register("formarticle")));
    assertEquals(415, reply.status(), reply.body());
  }
}
