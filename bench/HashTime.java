import inkwell.users.Passwords;
import java.util.Arrays;

/**
 * The yardstick of the login target: how long one Argon2id hash takes here, with Inkwell's own parameters, on an
 * idle JVM. Run by bench/run.sh as a single-file program: java -cp target/inkwell.jar bench/HashTime.java
 * Prints the median of 15 hashes in milliseconds, after 40 unmeasured ones that let the JIT compile Argon2 as it is
 * in a server that has been running for a while.
 */
public class HashTime {
  public static void main(String[] args) {
    var passwords = new Passwords();
    for (int i = 0; i < 40; i++) passwords.hash("warm-up password " + i);
    long[] millis = new long[15];
    for (int i = 0; i < millis.length; i++) {
      long started = System.nanoTime();
      passwords.hash("measured password " + i);
      millis[i] = (System.nanoTime() - started) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.println(millis[millis.length / 2]);
  }
}
