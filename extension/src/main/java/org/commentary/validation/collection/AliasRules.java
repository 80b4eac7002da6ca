package org.commentary.validation.collection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.content.ContentFile;
import org.commentary.content.SourceLines;
import org.commentary.metadata.Field;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Status;
import org.commentary.validation.Problem;

/**
 * The earlier addresses of moved articles ({@code aliases}): each becomes a redirect page, so none may
 * be a path the site writes anyway (an article, an image, a listing, a feed) or another alias.
 * Aliases that pass are added to the site's files, so that links to an old address still resolve.
 */
public final class AliasRules {

    private final SiteFiles site;
    private final Path base;

    /** @param base the folder paths in messages are relative to (the collection's root) */
    public AliasRules(SiteFiles site, Path base) {
        this.site = site;
        this.base = base;
    }

    /** The problems of every alias of {@code files}, in file order; accepted aliases join the site's files. */
    public List<Problem> problems(List<ContentFile> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ContentFile> owners = new HashMap<>();
        for (ContentFile file : files) {
            if (!(file.metadata() instanceof ArticleMetadata meta)) {
                continue;
            }
            for (String alias : meta.aliases()) {
                clash(file, alias, owners).ifPresent(message -> problems.add(new Problem(file.file(),
                        SourceLines.of(file).field(Field.ALIASES.key()), Field.ALIASES.key(), message)));
            }
        }
        owners.forEach((alias, file) -> site.addAlias(alias, file.metadata().status() == Status.DRAFT));
        return problems;
    }

    private Optional<String> clash(ContentFile file, String alias, Map<String, ContentFile> owners) {
        String quoted = "\"" + alias + "\"";
        if (alias.equals(file.outputPath())) {
            // Moved back to an earlier address: it stays listed (the first alias names the feed entry), no redirect.
            return Optional.empty();
        }
        ContentFile earlier = owners.putIfAbsent(alias, file);
        if (earlier != null && earlier != file) {
            return Optional.of(quoted + " is also an alias of " + base.relativize(earlier.file())
                    + "; an old address can lead to one article only, remove it from one of the two");
        }
        if (earlier == file) {
            return Optional.empty();
        }
        Optional<SiteFiles.Kind> taken = site.kindOf(alias);
        if (taken.isPresent() || ReservedPaths.isReserved(alias)) {
            owners.remove(alias);
            String what = taken.map(AliasRules::describe).orElse("a path the site keeps for its own pages");
            return Optional.of(quoted + " is " + what + ", so no redirect can be written there; remove"
                    + " the alias (or rename what is published there)");
        }
        return Optional.empty();
    }

    private static String describe(SiteFiles.Kind kind) {
        return switch (kind) {
            case PAGE, DRAFT, UNCHECKED -> "the address of another content file's page";
            case COPIED -> "the address of a file copied into the site (an image or asset)";
            case SITE -> "a page the site writes itself (home, archive, listings, feeds)";
            case ALIAS -> "an alias";
        };
    }
}
