package dev.turnpike.sdk.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names that are unique within one scope: the second {@code listPets} becomes {@code
 * listPets2}. Comparison ignores case, so the names are also safe as file names on Windows and
 * macOS.
 */
public final class UniqueNames {

  private final Set<String> taken = new HashSet<>();

  /** A scope in which {@code reserved} are already taken. */
  public UniqueNames(Collection<String> reserved) {
    reserved.forEach(name -> taken.add(key(name)));
  }

  public UniqueNames() {}

  /** {@code candidate} if free, else the candidate with the lowest free numeric suffix from 2. */
  public String claim(String candidate) {
    String name = candidate;
    for (int suffix = 2; taken.contains(key(name)); suffix++) {
      name = candidate + suffix;
    }
    taken.add(key(name));
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
