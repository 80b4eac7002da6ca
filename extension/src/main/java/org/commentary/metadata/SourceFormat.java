package org.commentary.metadata;

/** The markup a content file is written in, and how its header spells a field. */
public enum SourceFormat {
    MARKDOWN {
        @Override
        public String fieldSyntax(String key, String example) {
            return key + "=" + example;
        }
    },
    ASCIIDOC {
        @Override
        public String fieldSyntax(String key, String example) {
            return key.equals("title") ? "= " + example : ":jbake-" + key + ": " + example;
        }
    };

    /** How a contributor writes {@code key} with value {@code example} in a header of this format. */
    public abstract String fieldSyntax(String key, String example);

    /** The format for a file name, or {@code null} when it is not a content file. */
    public static SourceFormat forFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".md")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".ad")) {
            return ASCIIDOC;
        }
        return null;
    }
}
