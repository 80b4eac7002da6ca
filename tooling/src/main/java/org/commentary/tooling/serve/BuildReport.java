package org.commentary.tooling.serve;

import org.commentary.build.SiteBuild;

/**
 * What one build of serve did.
 *
 * @param cause   what changed (empty for the first build)
 * @param outcome the pipeline's outcome; null when the build stopped with {@code failure}
 * @param failure why the build stopped before it could finish (a template error, a wrong setting);
 *                null otherwise. Content problems are in the outcome, not here.
 * @param nanos   how long it took
 */
record BuildReport(Changes cause, SiteBuild.Outcome outcome, String failure, long nanos) {

    /** Whether the site was updated: the collection has no problems and the build finished. */
    boolean published() {
        return outcome != null && outcome.published();
    }

    double seconds() {
        return nanos / 1e9;
    }
}
