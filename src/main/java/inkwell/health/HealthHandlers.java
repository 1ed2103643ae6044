package inkwell.health;

import inkwell.db.DatabaseUnavailable;
import inkwell.db.Migration;
import inkwell.db.Migrations;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes for load balancers and orchestrators. /health: the process answers (liveness; never touches the
 * database, so a slow database does not get healthy instances killed). /ready: the database answers and every
 * migration packaged in this jar is applied (readiness: send traffic here).
 */
public final class HealthHandlers {
  private static final Logger log = LoggerFactory.getLogger(HealthHandlers.class);

  private final Migrations migrations;
  private final Supplier<List<Migration>> packaged;

  public HealthHandlers(Migrations migrations, Supplier<List<Migration>> packaged) {
    this.migrations = migrations;
    this.packaged = packaged;
  }

  record Alive(String status) {}
  record Ready(String status, int migrations) {}

  public void alive(Context ctx) {
    ctx.json(new Alive("up"));
  }

  public void ready(Context ctx) {
    List<Migrations.Entry> status;
    try {
      status = migrations.status(packaged.get());
    } catch (RuntimeException e) {
      // The cause may name hosts or users; it goes to the log, the caller learns only that the database is down.
      // An outage is logged once by db/Availability, not at every probe of the load balancer.
      if (DatabaseUnavailable.in(e).isEmpty()) log.warn("readiness check: database unreachable: {}", e.toString());
      notReady(ctx, "database", "unreachable");
      return;
    }
    long pending = status.stream().filter(e -> e.state() != Migrations.State.APPLIED).count();
    if (pending > 0) {
      notReady(ctx, "migrations", pending + " not applied (run: inkwell db status)");
      return;
    }
    ctx.json(new Ready("ready", status.size()));
  }

  private static void notReady(Context ctx, String what, String why) {
    ctx.status(503).header("Retry-After", "5").json(Map.of("errors", Map.of(what, List.of(why))));
  }
}
