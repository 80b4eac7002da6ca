package org.commentary.plan;

import java.util.List;
import java.util.stream.Stream;

import org.commentary.plan.Views.SiteView;

/**
 * Everything one build writes: the pages its templates draw and the files it copies or generates,
 * with the collection's view every page shares ({@code site} in templates).
 */
public record PagePlan(SiteView site, List<PlannedPage> pages, List<PlannedFile> files) {

    public PagePlan {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /** Every output path of the plan, pages first. */
    public Stream<String> paths() {
        return Stream.concat(pages.stream().map(PlannedPage::path), files.stream().map(PlannedFile::path));
    }
}
