/** The data folder: the collection's texts, its regions and themes, author and source profiles; slugs. */
package org.commentary.vocabulary;
