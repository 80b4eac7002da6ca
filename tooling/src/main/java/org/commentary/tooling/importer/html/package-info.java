/**
 * Saved web pages for {@code import}: finding the article in a page ({@link org.commentary.tooling.importer.html.HtmlPage}),
 * leaving out its chrome, and writing its text as Markdown with only safe links and images.
 */
package org.commentary.tooling.importer.html;
