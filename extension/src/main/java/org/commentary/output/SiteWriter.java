package org.commentary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.commentary.plan.PagePlan;
import org.commentary.plan.PlannedFile;
import org.commentary.plan.PlannedPage;

/**
 * Carries out a page plan: draws its pages on every core and stores them and its files in an
 * output, then removes what the plan no longer has. Given the plan it wrote last, it draws only
 * the pages whose model changed (records compare by value), which is what keeps a rebuild after
 * one edit short.
 */
public final class SiteWriter {

    /**
     * What a write did.
     *
     * @param changed paths whose bytes changed (or appeared)
     * @param removed paths removed
     * @param drawn   how many pages templates drew
     */
    public record Result(Set<String> changed, Set<String> removed, int drawn, int files) {
    }

    private final TemplateRenderer renderer;
    private final SiteOutput output;

    public SiteWriter(TemplateRenderer renderer, SiteOutput output) {
        this.renderer = renderer;
        this.output = output;
    }

    /**
     * Writes {@code plan}; pages equal to their counterpart in {@code previous} (the plan last
     * written to this same output with the same templates, or null) are not drawn again.
     */
    public Result write(PagePlan plan, PagePlan previous) {
        Map<String, PlannedPage> before = previous == null || !previous.site().equals(plan.site()) ? Map.of()
                : previous.pages().stream().collect(Collectors.toMap(PlannedPage::path, page -> page));
        Set<String> changed = ConcurrentHashMap.newKeySet();
        List<PlannedPage> toDraw = plan.pages().stream().filter(page -> !page.equals(before.get(page.path()))).toList();
        toDraw.parallelStream().forEach(page -> {
            if (output.write(page.path(), renderer.render(page, plan.site()))) {
                changed.add(page.path());
            }
        });
        plan.files().parallelStream().forEach(file -> {
            if (output.write(file.path(), bytes(file))) {
                changed.add(file.path());
            }
        });
        Set<String> keep = new HashSet<>();
        plan.paths().forEach(keep::add);
        Set<String> removed = output.retainOnly(keep);
        return new Result(new TreeSet<>(changed), removed, toDraw.size(), plan.files().size());
    }

    private static byte[] bytes(PlannedFile file) {
        if (!file.isCopy()) {
            return file.bytes();
        }
        try {
            return Files.readAllBytes(file.source());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.source(), e);
        }
    }
}
