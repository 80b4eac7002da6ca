package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DocumentList;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * Guards the pipeline's ownership of the build: JBake's content store is never used. Its crawler
 * must find nothing (so no article is read or stored twice) and its DocumentsRenderer, which
 * queries every document of a type once per document (quadratic), must have nothing to render.
 * Counts store calls, not time: the result does not depend on the machine.
 */
class RenderingCostTest {

    @Test
    void jbakesStoreIsNeverUsedWhateverTheNumberOfArticles() throws IOException {
        Map<String, Integer> small = bakeCounting("cost-small", 10);
        Map<String, Integer> large = bakeCounting("cost-large", 40);

        assertThat(large.getOrDefault("addDocument", 0)).as("documents in JBake's store (small: %s, large: %s)",
                small, large).isZero();
        assertThat(large.getOrDefault("getDocumentStatus", 0)).as("files JBake's crawler looked at").isZero();
        assertThat(large.getOrDefault("getAllContent", 0)).as("JBake's per-document neighbour lookups").isZero();
        assertThat(large.getOrDefault("markContentAsRendered", 0)).as("per-document store updates").isZero();
        assertThat(large).as("store calls with 40 articles vs 10").isEqualTo(small);
    }

    private Map<String, Integer> bakeCounting(String name, int articles) throws IOException {
        // The fixture's source folder as FixtureBake writes it (generator code, the fixture collection's data),
        // baked here by an Oven whose content store counts its queries.
        Path source = FixtureBake.setup(name).prepare(folder -> writeArticles(folder, articles)).writeSource();
        Path output = source.resolveSibling("output");

        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), output.toFile(), true);
        CountingStore store = new CountingStore(config.getDatabaseStore(), config.getDatabasePath());
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        oven.bake();
        assertThat(oven.getErrors()).as("bake errors").isEmpty();
        assertThat(output.resolve("articles/2024/article-" + articles + ".html")).exists();
        return store.counts();
    }

    private static void writeArticles(Path source, int articles) throws IOException {
        Path content = Files.createDirectories(source.resolve("content/articles/2024"));
        for (int i = 1; i <= articles; i++) {
            Files.writeString(content.resolve("article-" + i + ".md"), """
                    title=Article %1$d
                    date=2024-01-%2$02d
                    author=Author %3$d
                    region=Europe
                    theme=Energy
                    source=Outlet %4$d
                    source_url=https://outlet.example/%1$d
                    copyright=Author %3$d, Outlet %4$d, 2024
                    status=published
                    ~~~~~~

                    Body of article %1$d.
                    """.formatted(i, 1 + i % 28, i % 5, i % 3), StandardCharsets.UTF_8);
        }
        Files.writeString(source.resolve("content/about.md"), "type=page\ntitle=About\nstatus=published\n~~~~~~\n\nAbout.\n");
    }

    /** A content store that counts the queries made of it. */
    private static final class CountingStore extends ContentStore {
        private final Map<String, AtomicInteger> counts = new TreeMap<>();

        CountingStore(String type, String name) {
            super(type, name);
        }

        private void count(String query) {
            counts.computeIfAbsent(query, q -> new AtomicInteger()).incrementAndGet();
        }

        Map<String, Integer> counts() {
            Map<String, Integer> result = new TreeMap<>();
            counts.forEach((query, count) -> result.put(query, count.get()));
            return result;
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType) {
            count("getAllContent");
            return super.getAllContent(docType);
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
            count("getAllContent");
            return super.getAllContent(docType, applyPaging);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedContent(String docType) {
            count("getPublishedContent");
            return super.getPublishedContent(docType);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
            count("getPublishedPosts");
            return super.getPublishedPosts(applyPaging);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedPages() {
            count("getPublishedPages");
            return super.getPublishedPages();
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            count("getUnrenderedContent");
            return super.getUnrenderedContent();
        }

        @Override
        public DocumentList<DocumentModel> getDocumentStatus(String uri) {
            count("getDocumentStatus");
            return super.getDocumentStatus(uri);
        }

        @Override
        public void markContentAsRendered(DocumentModel document) {
            count("markContentAsRendered");
            super.markContentAsRendered(document);
        }

        @Override
        public void addDocument(DocumentModel document) {
            count("addDocument");
            super.addDocument(document);
        }

        @Override
        public java.util.Set<String> getAllTags() {
            count("getAllTags");
            return super.getAllTags();
        }
    }
}
