package inkwell.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP forwarder between Inkwell and the shared PostgreSQL, which a test may cut and restore: a database outage
 * without stopping a server other people's tests use. {@link #cut(Cut)} closes every live connection, then either
 * refuses new ones (the listener is closed: "connection refused", as when PostgreSQL is stopped) or accepts them and
 * never answers (a black hole, as behind a dead route or firewall: only timeouts end the wait).
 */
public final class CuttableProxy implements AutoCloseable {
  private static final Pattern HOST_PORT = Pattern.compile("^(jdbc:postgresql://)([^/:]+)(?::(\\d+))?(/.*)$");

  public enum Cut { REFUSE, BLACK_HOLE }

  private final InetSocketAddress target;
  private final int port;
  private final List<Socket> open = new ArrayList<>();
  private ServerSocket listener;
  private Cut outage;

  private CuttableProxy(InetSocketAddress target) {
    this.target = target;
    try {
      listener = listen(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.port = listener.getLocalPort();
    acceptAll(listener);
  }

  /** A proxy to the server of this PostgreSQL URL. */
  public static CuttableProxy to(String jdbcUrl) {
    Matcher m = matcher(jdbcUrl);
    return new CuttableProxy(new InetSocketAddress(m.group(2), m.group(3) == null ? 5432 : Integer.parseInt(m.group(3))));
  }

  /** The same URL (database, schema, user) through this proxy. */
  public String url(String jdbcUrl) {
    Matcher m = matcher(jdbcUrl);
    return m.group(1) + "127.0.0.1:" + port + m.group(4);
  }

  private static Matcher matcher(String jdbcUrl) {
    Matcher m = HOST_PORT.matcher(jdbcUrl);
    if (!m.matches()) throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/... URL: " + jdbcUrl);
    return m;
  }

  /** Closes every connection made so far, and from now on refuses or black-holes new ones. */
  public synchronized void cut(Cut how) {
    outage = how;
    closeAll();
    if (how == Cut.REFUSE) closeQuietly(listener);
  }

  /** Forwards again: new connections reach PostgreSQL (black-holed ones are closed). */
  public synchronized void restore() {
    outage = null;
    closeAll();
    if (listener.isClosed()) {
      listener = listenAgain();
      acceptAll(listener);
    }
  }

  /** The port may stay taken for a moment after the listener closed (by the connections it accepted, closing). */
  private ServerSocket listenAgain() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      try {
        return listen(port);
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw new UncheckedIOException("cannot listen on port " + port + " again", e);
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(interrupted);
        }
      }
    }
  }

  private static ServerSocket listen(int port) throws IOException {
    var socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void acceptAll(ServerSocket from) {
    daemon("proxy-accept", () -> {
      while (!from.isClosed()) {
        try {
          admit(from.accept());
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  private synchronized void admit(Socket client) {
    open.add(client);
    if (outage == Cut.BLACK_HOLE) return;   // accepted, never read, never answered
    if (outage == Cut.REFUSE) {             // accepted just before the listener closed
      closeQuietly(client);
      return;
    }
    try {
      var server = new Socket();
      server.connect(target, 2_000);
      open.add(server);
      pipe(client, server);
      pipe(server, client);
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  private void pipe(Socket from, Socket to) {
    daemon("proxy-pipe", () -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException closed) {
        // either side went away
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    });
  }

  private synchronized void closeAll() {
    open.forEach(CuttableProxy::closeQuietly);
    open.clear();
  }

  private static void daemon(String name, Runnable work) {
    var thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(listener);
    closeAll();
  }
}
