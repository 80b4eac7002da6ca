/** Problems ({@code file:line: field: message}), suggestions for typos, URL checks. */
package org.commentary.validation;
