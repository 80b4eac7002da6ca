package org.commentary.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.jbake.template.RenderingException;

/** Writes each taxonomy's index page and every term's paginated listing. */
final class TaxonomyPages {

    static final String INDEX = "taxonomy";
    static final String TERM = "term";

    private final PageWriter writer;
    private final PageModels models;
    private final int pageSize;

    TaxonomyPages(PageWriter writer, PageModels models, int pageSize) {
        this.writer = writer;
        this.models = models;
        this.pageSize = pageSize;
    }

    void write(Taxonomies taxonomies) throws RenderingException {
        for (Taxonomy taxonomy : Taxonomy.values()) {
            List<TermGroup> groups = taxonomies.groups(taxonomy);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("taxonomy", PageModels.taxonomy(taxonomy));
            values.put("terms", groups.stream().map(PageModels::term).toList());
            writer.write(INDEX, taxonomy.indexPath(), taxonomy.label(), "", values);
            for (TermGroup group : groups) {
                writeTerm(group);
            }
        }
    }

    private void writeTerm(TermGroup group) throws RenderingException {
        for (Paginator.Page<PublishedArticle> page : Paginator.paginate(group.articles(), pageSize, group::pagePath)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("taxonomy", PageModels.taxonomy(group.taxonomy()));
            values.put("term", PageModels.term(group));
            values.put("articles", page.items().stream().map(models::summary).toList());
            values.put("pager", page.pager());
            String title = page.number() == 1 ? group.name() : group.name() + ", page " + page.number();
            writer.write(TERM, page.path(), title, "", values);
        }
    }
}
