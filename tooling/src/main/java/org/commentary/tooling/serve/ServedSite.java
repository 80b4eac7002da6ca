package org.commentary.tooling.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.commentary.output.MemoryOutput;

/**
 * What serve shows: the site of the last good build (held in memory), which build that was, and
 * the problems of the latest build when it failed. The server reads it on every request, the build
 * loop updates it after every build.
 */
final class ServedSite {

    /**
     * The state after a build.
     *
     * @param generation names the last build that changed the site; unique to this run of serve, so
     *                   a page from an earlier run reloads
     * @param hasSite    whether any build has succeeded yet
     * @param problems   why the latest build failed, one line each; empty after a good build
     * @param summary    one line about those problems
     */
    record State(String generation, boolean hasSite, List<String> problems, String summary) {

        boolean failed() {
            return !problems.isEmpty();
        }
    }

    private final MemoryOutput output;
    private final String instance = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private int builds;
    private volatile State state;

    ServedSite(MemoryOutput output) {
        this.output = output;
        this.state = new State(instance + "-0", false, List.of(), "");
    }

    State state() {
        return state;
    }

    /** The bytes of a site file, from the last good build. */
    Optional<byte[]> read(String path) {
        return output.read(path);
    }

    /** A build succeeded; {@code changed} says whether it changed any file. */
    synchronized State published(boolean changed) {
        State now = state;
        String generation = changed || !now.hasSite() ? instance + "-" + ++builds : now.generation();
        state = new State(generation, true, List.of(), "");
        return state;
    }

    /** A build failed: the site stays as it was. */
    synchronized State failed(List<String> problems, String summary) {
        state = new State(state.generation(), state.hasSite(), List.copyOf(problems), summary);
        return state;
    }
}
