/** Owns one collection's build, sources to output, for {@code mvn package} and the preview server alike. */
package org.commentary.build;
