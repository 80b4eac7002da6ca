package org.commentary.jbake;

import org.jbake.parser.Engines;

/**
 * Puts our markup engines in front of JBake's for every extension they handle.
 *
 * <p>Descriptor files would also work, but there the last jar on the class path wins, and that
 * order differs between the Maven plugin, tests and the command line. Registering at the start of
 * each bake through JBake's public {@link Engines#register} wins in every one of them.
 */
final class EngineRegistry {

    static final String[] CONTENT_EXTENSIONS = {"md", "adoc", "ad", "asciidoc"};
    static final String[] YAML_EXTENSIONS = {"yml", "yaml"};

    private static final ContentEngine CONTENT = new ContentEngine();
    private static final DataFileEngine DATA = new DataFileEngine();

    private EngineRegistry() {
    }

    static void install() {
        for (String extension : CONTENT_EXTENSIONS) {
            if (Engines.get(extension) != CONTENT) {
                Engines.register(extension, CONTENT);
            }
        }
        for (String extension : YAML_EXTENSIONS) {
            if (Engines.get(extension) != DATA) {
                Engines.register(extension, DATA);
            }
        }
    }
}
