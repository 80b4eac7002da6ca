/**
 * Reading file headers (Markdown {@code key=value}, YAML front matter, AsciiDoc attributes) and
 * normalising all three into one metadata model, with a problem for every field that is wrong.
 */
package org.commentary.metadata;
