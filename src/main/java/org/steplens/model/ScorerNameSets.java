package org.steplens.model;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared array per distinct list of scorer names: a big dataset's solutions all name the same one or two
 * scorers, and sharing the (never modified) array saves an object per solution.
 */
final class ScorerNameSets {
    private static final int MAX_SHARED = 4096; // a bound, in case names are generated
    private static final ConcurrentHashMap<List<String>, String[]> SHARED = new ConcurrentHashMap<>();

    private ScorerNameSets() {
    }

    /** The shared array equal to {@code names} (interned strings); {@code names} must not be modified later. */
    static String[] canonical(String[] names) {
        List<String> key = Arrays.asList(names);
        String[] known = SHARED.get(key);
        if (known != null) {
            return known;
        }
        String[] interned = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            interned[i] = names[i].intern();
        }
        if (SHARED.size() >= MAX_SHARED) {
            return interned;
        }
        String[] raced = SHARED.putIfAbsent(List.of(interned), interned);
        return raced != null ? raced : interned;
    }

    /** {@code names} with {@code name} appended, or the same when it is there already (its index: indexOf). */
    static String[] with(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return names;
            }
        }
        String[] more = Arrays.copyOf(names, names.length + 1);
        more[names.length] = name;
        return canonical(more);
    }

    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
