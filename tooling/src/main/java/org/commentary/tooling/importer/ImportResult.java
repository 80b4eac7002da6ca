package org.commentary.tooling.importer;

import java.util.List;

import org.commentary.tooling.ArticleDraft;
import org.commentary.validation.Problem;

/**
 * What reading a saved page gave.
 *
 * @param draft    the article as far as the page tells it
 * @param findings what the page did not say or said unclearly, as problems of the saved page
 *                 ({@code file:line: field: message}): each one is something a maintainer must fill in
 * @param notes    what was done that a reviewer may want to know (boilerplate left out, names matched)
 */
public record ImportResult(ArticleDraft draft, List<Problem> findings, List<String> notes) {

    public ImportResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
