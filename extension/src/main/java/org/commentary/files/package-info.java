/** Reading text files as UTF-8 and the text rules every header and data value follows. */
package org.commentary.files;
