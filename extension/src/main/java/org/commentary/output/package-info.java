/**
 * Stage 4: the only place with templates and file I/O. Draws planned pages with Freemarker
 * ({@link org.commentary.output.TemplateRenderer}) on every core and stores them on disk or in memory,
 * writing only what changed ({@link org.commentary.output.SiteWriter}).
 */
package org.commentary.output;
