package inkwell.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
  private final BoundedCache<String, String> cache = new BoundedCache<>(3, 10, String::length);

  @Test
  void forgets_the_least_recently_used_beyond_the_entry_bound() {
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");
    assertNotNull(cache.get("a"));   // a is now more recent than b
    cache.put("d", "4");
    assertNull(cache.get("b"));
    assertEquals(3, cache.size());
    assertEquals("1", cache.get("a"));
  }

  @Test
  void forgets_the_oldest_until_the_characters_fit() {
    cache.put("a", "aaaa");
    cache.put("b", "bbbb");
    cache.put("c", "cccc");   // 12 characters: a must go
    assertNull(cache.get("a"));
    assertEquals(8, cache.chars());
    assertEquals(2, cache.size());
  }

  @Test
  void a_value_larger_than_the_whole_bound_is_not_kept_and_evicts_nothing() {
    cache.put("a", "aaaa");
    cache.put("huge", "x".repeat(11));
    assertNull(cache.get("huge"));
    assertEquals("aaaa", cache.get("a"));
    assertEquals(4, cache.chars());
  }

  @Test
  void replacing_a_key_counts_only_its_new_value() {
    cache.put("a", "aaaaaaaa");
    cache.put("a", "aa");
    cache.put("b", "bbbbbbbb");
    assertEquals("aa", cache.get("a"));
    assertEquals(10, cache.chars());
  }
}
