package org.commentary.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

/** Writes one page through JBake's renderer, with the template chosen by the page's type. */
final class PageWriter {

    private final Renderer renderer;
    private final Map<String, Object> site;
    private final List<String> written = new ArrayList<>();

    PageWriter(Renderer renderer, Map<String, Object> site) {
        this.renderer = renderer;
        this.site = site;
    }

    /**
     * Renders {@code template.<type>.file} to {@code path} (relative to the site root).
     *
     * @param values extra values the template reads as {@code content.<key>}
     */
    void write(String type, String path, String title, String body, Map<String, Object> values)
            throws RenderingException {
        write(type, path, title, body, values, rootPath(path));
    }

    /** As {@link #write(String, String, String, String, Map)}, with links based on {@code rootPath}. */
    void write(String type, String path, String title, String body, Map<String, Object> values, String rootPath)
            throws RenderingException {
        DocumentModel page = new DocumentModel();
        page.setType(type);
        page.setStatus("published");
        page.setUri(path);
        page.setRootPath(rootPath);
        page.setTitle(title);
        page.setBody(body);
        page.put("site", site);
        values.forEach(page::put);
        try {
            renderer.render(page);
        } catch (Exception e) {
            throw new RenderingException("Cannot write " + path + ": " + e.getMessage(), e);
        }
        written.add(path);
    }

    /** Paths of every page written so far, in writing order. */
    List<String> written() {
        return List.copyOf(written);
    }

    /** "" for {@code index.html}, "../../" for {@code articles/2024/x.html}. */
    static String rootPath(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
