/** Grouping published articles by region, theme, author and source; related articles. */
package org.commentary.taxonomy;
