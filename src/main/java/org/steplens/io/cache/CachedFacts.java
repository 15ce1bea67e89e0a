package org.steplens.io.cache;

import java.util.List;

/**
 * What a cache says about its load without decoding it: the detected format, the unreadable records, and a summary
 * the loader encoded when it made the cache (opaque here). Read from a small section of its own, so a command that
 * only describes a file ({@code info}) reopens a big one without building a single solution.
 */
public record CachedFacts(String format, List<CachedLoad.Error> errors, byte[] summary) {
    public CachedFacts {
        errors = List.copyOf(errors);
    }
}
