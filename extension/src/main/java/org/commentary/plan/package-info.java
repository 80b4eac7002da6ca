/**
 * Stage 3: the page plan. {@link org.commentary.plan.PagePlanner} decides every file of the site
 * from the site model alone, as typed page records ({@link org.commentary.plan.Pages}); a pure
 * function, tested without templates or disk.
 */
package org.commentary.plan;
