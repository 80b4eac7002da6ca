package org.commentary.taxonomy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every taxonomy's term groups, with lookup from a name as written in an article. */
public final class Taxonomies {

    private final Map<Taxonomy, List<TermGroup>> groups;
    private final Map<Taxonomy, Map<String, TermGroup>> byName = new EnumMap<>(Taxonomy.class);

    public Taxonomies(Map<Taxonomy, List<TermGroup>> groups) {
        this.groups = new EnumMap<>(groups);
        groups.forEach((taxonomy, list) -> {
            Map<String, TermGroup> names = new HashMap<>();
            list.forEach(group -> names.put(group.name(), group));
            byName.put(taxonomy, names);
        });
    }

    /** The groups of one taxonomy, sorted by name. */
    public List<TermGroup> groups(Taxonomy taxonomy) {
        return groups.getOrDefault(taxonomy, List.of());
    }

    /** The group an article's name belongs to. */
    public TermGroup group(Taxonomy taxonomy, String name) {
        TermGroup group = byName.getOrDefault(taxonomy, Map.of()).get(name);
        if (group == null) {
            throw new IllegalArgumentException("No " + taxonomy.field() + " named " + name);
        }
        return group;
    }
}
