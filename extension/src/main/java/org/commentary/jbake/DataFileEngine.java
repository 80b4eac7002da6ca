package org.commentary.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commentary.files.TextFiles;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.YamlNodes;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.snakeyaml.engine.v2.api.Load;

/**
 * Replaces JBake's YAML engine, which loads files with SnakeYAML's default constructor and so lets
 * a global tag instantiate any class on the build machine. Tags are checked first, then the file
 * is loaded with snakeyaml-engine, which only ever builds maps, lists and scalars.
 */
public class DataFileEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BuildSession session = BuildSession.current();
        Path path = file.toPath().toAbsolutePath().normalize();
        if (path.startsWith(session.contentRoot())) {
            session.report(new Problem(path, 0, "file", "YAML files are not content; data files belong in the"
                    + " data folder"));
            return null;
        }
        Problems problems = new Problems(path);
        try {
            String text = TextFiles.read(path);
            if (YamlNodes.parse(text, problems).isEmpty() && !problems.isEmpty()) {
                problems.list().forEach(session::report);
                return null;
            }
            Object loaded = new Load(YamlNodes.settings(path.toString())).loadFromString(text);
            DocumentModel model = new DocumentModel();
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((key, value) -> model.put(String.valueOf(key), value));
            } else if (loaded instanceof List<?> list) {
                model.put("data", list);
            }
            return model;
        } catch (IOException e) {
            session.report(new Problem(path, 0, "file", "cannot be read: " + e.getMessage()));
            return null;
        }
    }
}
