/**
 * Changing content files that already exist: setting header fields in whichever of the three
 * header syntaxes a file uses, withdrawing an article, and moving one to a new address.
 */
package org.commentary.tooling.edit;
