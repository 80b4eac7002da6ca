/** Markdown and AsciiDoc (secure mode) to HTML, and the allowlist sanitizer every body passes. */
package org.commentary.markup;
