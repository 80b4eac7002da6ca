/** The glue JBake calls: one rendering tool that launches the pipeline with JBake's folders and settings. */
package org.commentary.jbake;
