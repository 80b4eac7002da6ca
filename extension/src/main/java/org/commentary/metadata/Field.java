package org.commentary.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every header field an article may carry, whether it is required, and an example value. */
public enum Field {
    TITLE("title", true, false, "The Strait and the Ledger"),
    DATE("date", true, false, "2024-03-18"),
    AUTHOR("author", true, true, "Mira Castellane; Tomasz Rydel"),
    REGION("region", true, true, "Europe"),
    THEME("theme", true, true, "Energy"),
    SOURCE("source", true, false, "The Harbour Review"),
    SOURCE_URL("source_url", true, false, "https://harbour-review.example/2024/03/strait"),
    /** Its example is a neutral placeholder: a real-looking © line would get pasted into other articles. */
    COPYRIGHT("copyright", true, false, "Author Name, Original Outlet, YYYY"),
    STATUS("status", true, false, "published"),
    SOURCE_DATE("source_date", false, false, "2024-03-15"),
    SOURCE_TITLE("source_title", false, false, "Original headline"),
    LICENSE("license", false, false, "Republished with the author's permission"),
    CHANGES("changes", false, false, "Excerpted"),
    SUMMARY("summary", false, false, "One or two sentences."),
    TRANSLATOR("translator", false, true, "Name"),
    /** When the republished text was last revised; shown as "Updated" under the byline. */
    UPDATED("updated", false, false, "2024-12-03"),
    /** One correction per line (a list in YAML): its date, a colon, and what was corrected. */
    CORRECTIONS("corrections", false, false, "2024-12-03: The tonnage in the third paragraph was 40,000, not 4,000."),
    /** With {@code status=withdrawn}: the day the article was taken down. */
    WITHDRAWN("withdrawn", false, false, "2025-02-10"),
    /** With {@code status=withdrawn}: why, as readers of the notice page will see it. */
    WITHDRAWN_REASON("withdrawn_reason", false, false, "Withdrawn at the request of the copyright holder."),
    /** Earlier site paths of a moved article; each gets a page that redirects here. */
    ALIASES("aliases", false, true, "articles/2021/old-name.html"),
    /** Overrides data/collection.yml's article_robots for this article. */
    ROBOTS("robots", false, false, "index, follow"),
    // Languages and translations (see model.Languages).
    /** BCP 47 tag of the article's text; the collection's language (data/collection.yml) when left out. */
    LANGUAGE("language", false, false, "es"),
    /** BCP 47 tag of the language the original was written in, for a translation. */
    ORIGINAL_LANGUAGE("original_language", false, false, "es"),
    /** The other language version of this article in the collection: its file as it is under content/. */
    TRANSLATION_OF("translation_of", false, false, "articles/2024/the-original.md"),
    /** Not an article field: {@code type=page} marks a standalone page. */
    TYPE("type", false, false, "page");

    private final String key;
    private final boolean required;
    private final boolean multiValued;
    private final String example;

    Field(String key, boolean required, boolean multiValued, String example) {
        this.key = key;
        this.required = required;
        this.multiValued = multiValued;
        this.example = example;
    }

    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    public boolean multiValued() {
        return multiValued;
    }

    public String example() {
        return example;
    }

    /** Whether the field may be given on several lines, one entry each (a list of entries in YAML). */
    public boolean repeatable() {
        return this == CORRECTIONS;
    }

    public static Optional<Field> forKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Field::key).toList();
    }
}
