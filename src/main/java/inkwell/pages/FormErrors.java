package inkwell.pages;

import inkwell.http.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's problems the way GOV.UK's error summary shows them: a list at the top linking to each field, and the
 * message again beside its field. Built from the same ApiError the API answers with, so the rule and its message are
 * the API's; {@code labels} names the form's fields for people ("currentPassword" is "Current password").
 */
public record FormErrors(Map<String, List<String>> byField, Map<String, String> labels) {
  public static final FormErrors NONE = new FormErrors(Map.of(), Map.of());

  /** One line of the summary; href is "#field" for a field of the form, else null (a problem of the whole form). */
  public record Item(String href, String text) {}

  public static FormErrors of(ApiError error, Map<String, String> labels) {
    return new FormErrors(error.errors(), labels);
  }

  /** A problem of the whole form, not of one field ("wrong email or password"). */
  public static FormErrors general(String message) {
    return new FormErrors(Map.of("", List.of(message)), Map.of());
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public List<Item> summary() {
    var items = new ArrayList<Item>();
    byField.forEach((field, messages) -> messages.forEach(message -> items.add(labels.containsKey(field)
        ? new Item("#" + field, labels.get(field) + " " + message)
        : new Item(null, sentence(field, message)))));
    return items;
  }

  /** The message beside {@code field}, or null when it has none. */
  public String of(String field) {
    var messages = byField.get(field);
    if (messages == null || !labels.containsKey(field)) return null;
    return labels.get(field) + " " + String.join(", ", messages);
  }

  private static String sentence(String field, String message) {
    return field.isEmpty() ? message : field + " " + message;
  }

  /** Labels in pairs, in form order: labels("email", "Email", "password", "Password"). */
  public static Map<String, String> labels(String... pairs) {
    var labels = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) labels.put(pairs[i], pairs[i + 1]);
    return labels;
  }
}
