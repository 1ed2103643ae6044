package inkwell.speed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values read from the database, kept in memory and handed out only while the database has committed nothing since
 * they were read: each is stamped with the {@link DataVersion} reading taken just BEFORE it was read, and used only
 * while {@link DataVersion#current()} still equals that stamp. Any commit (this process, another instance sharing the
 * database, the command line) changes the reading, so the next {@link #get} reads again. Never time-based.
 *
 * Why the reading comes first: a commit that lands between the reading and the read leaves a value newer than its
 * stamp, which the next request's reading (no longer equal) throws away; the other order could keep a stale value
 * under a fresh stamp.
 *
 * Bounded: the least recently used entry goes when there are more than {@code maxEntries}.
 */
public final class ExactCache<K, V> {
  private record Entry<V>(Object version, V value) {}

  private final DataVersion versions;
  private final Map<K, Entry<V>> entries;

  public ExactCache(DataVersion versions, int maxEntries) {
    this.versions = versions;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** The value of {@code key} as the database holds it now: from memory if nothing was committed since, else {@code read}. */
  public V get(K key, Function<K, V> read) {
    Object version = versions.current();
    Entry<V> entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry != null && entry.version().equals(version)) return entry.value();
    V value = read.apply(key);
    synchronized (entries) {
      entries.put(key, new Entry<>(version, value));
    }
    return value;
  }
}
