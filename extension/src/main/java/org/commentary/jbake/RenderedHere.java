package org.commentary.jbake;

import org.jbake.model.DocumentModel;

/**
 * A document our own renderer writes, so it enters JBake's content store already marked as
 * rendered. JBake's DocumentsRenderer renders every unrendered document and, for each one,
 * queries every document of its type to find its neighbours: quadratic, and drafts would come out
 * as {@code -draft.html}. The crawler resets the flag after parsing; this model keeps it.
 * (site-tests' RenderingCostTest fails if JBake ever renders these documents again.)
 */
final class RenderedHere extends DocumentModel {

    private static final long serialVersionUID = 1L;

    RenderedHere() {
        super.setRendered(true);
    }

    @Override
    public void setRendered(boolean rendered) {
        super.setRendered(true);
    }
}
