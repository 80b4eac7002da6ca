/** The checked metadata of articles and pages, and the attribution every article carries. */
package org.commentary.model;
