package inkwell.speed;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A thread-safe map that forgets its least recently used entries once it holds more than {@code maxEntries}, or more
 * than {@code maxChars} characters of text in all. The character bound is what keeps a cache of pages or rendered
 * Markdown inside run.sh's 40 MB heap whatever the articles hold (a body may have 100,000 characters): a count alone
 * would let a few hundred large entries take more than the whole heap, and the JVM exits on OutOfMemoryError.
 */
public final class BoundedCache<K, V> {
  private final int maxEntries;
  private final long maxChars;
  private final ToIntFunction<V> chars;
  private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long held;

  public BoundedCache(int maxEntries, long maxChars, ToIntFunction<V> chars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
    this.chars = chars;
  }

  public synchronized V get(K key) {
    return entries.get(key);
  }

  /** Keeps {@code value} unless it alone is larger than the whole bound; then forgets the oldest until within it. */
  public synchronized void put(K key, V value) {
    int size = chars.applyAsInt(value);
    if (size > maxChars) return;
    V replaced = entries.put(key, value);
    if (replaced != null) held -= chars.applyAsInt(replaced);
    held += size;
    Iterator<Map.Entry<K, V>> oldestFirst = entries.entrySet().iterator();
    while (entries.size() > maxEntries || held > maxChars) {
      held -= chars.applyAsInt(oldestFirst.next().getValue());
      oldestFirst.remove();
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long chars() {
    return held;
  }
}
