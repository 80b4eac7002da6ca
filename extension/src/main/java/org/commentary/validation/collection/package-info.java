/** Rules that hold for the collection as a whole: no two files at one address, no file at a reserved one. */
package org.commentary.validation.collection;
