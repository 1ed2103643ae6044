package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegisterLoginTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void register_then_login_then_get_current_user() {
    var reply = server.http.post("/api/users", null, Http.json(Map.of("user",
        Map.of("username", "ana", "email", "Ana@Example.com", "password", "correct horse"))));
    assertEquals(201, reply.status(), reply.body());
    assertEquals("ana@example.com", reply.json().at("/user/email").asText());
    var login = server.http.post("/api/users/login", null,
        Http.json(Map.of("user", Map.of("email", "ana@example.com", "password", "correct horse"))));
    assertEquals(200, login.status(), login.body());
    String token = login.json().at("/user/token").asText();
    assertNotNull(login.json().at("/user/refreshToken").textValue());
    var me = server.http.get("/api/user", token);
    assertEquals(200, me.status(), me.body());
    assertEquals("ana", me.json().at("/user/username").asText());
  }
}
