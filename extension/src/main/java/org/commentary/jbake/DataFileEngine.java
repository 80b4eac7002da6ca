package org.commentary.jbake;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.vocabulary.YamlNodes;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.snakeyaml.engine.v2.api.Load;

/**
 * Replaces JBake's YAML engine, which loads files with SnakeYAML's default constructor and so lets
 * a global tag instantiate any class on the build machine. Tags are checked first, then the file
 * is loaded with snakeyaml-engine, which only ever builds maps, lists and scalars. The checks live
 * in {@link BuildSession#checkDataFile} so the command-line check runs them too.
 */
public class DataFileEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Optional<String> text = BuildSession.current().checkDataFile(file.toPath());
        if (text.isEmpty()) {
            return null;
        }
        Object loaded = new Load(YamlNodes.settings(file.toPath().toAbsolutePath().normalize().toString())).loadFromString(text.get());
        DocumentModel model = new DocumentModel();
        if (loaded instanceof Map<?, ?> map) {
            map.forEach((key, value) -> model.put(String.valueOf(key), value));
        } else if (loaded instanceof List<?> list) {
            model.put("data", list);
        }
        return model;
    }
}
