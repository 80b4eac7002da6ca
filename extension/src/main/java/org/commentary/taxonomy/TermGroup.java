package org.commentary.taxonomy;

import java.util.List;

import org.commentary.content.PublishedArticle;

/**
 * One term of a taxonomy and its published articles, newest first.
 *
 * @param description the vocabulary description, author bio or source blurb ("" when none)
 * @param homepage    an author's or outlet's home page ("" when none)
 */
public record TermGroup(Taxonomy taxonomy, String name, String slug, String description, String homepage,
                        List<PublishedArticle> articles) {

    /** Page {@code number} of this term's listing: {@code regions/europe.html}, then {@code regions/europe/2.html}. */
    public String pagePath(int number) {
        return number == 1 ? taxonomy.folder() + "/" + slug + ".html" : taxonomy.folder() + "/" + slug + "/" + number + ".html";
    }

    /** This term's Atom feed. */
    public String feedPath() {
        return taxonomy.folder() + "/" + slug + ".xml";
    }
}
