package org.commentary.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.vocabulary.Collection;

/**
 * What every article must say about where it comes from: the one model behind the visible
 * attribution footer and of each article page's structured data (JSON-LD, Open Graph), so the
 * two can never disagree.
 *
 * @param sourceTitle the original headline, or empty when it is the same as the title here
 * @param copyrightLine the © line, e.g. "© Mira Castellane, The Harbour Review, 2024"
 */
public record Attribution(String source, String sourceUrl, String sourceTitle, LocalDate sourceDate,
                          String copyrightLine, String license, String changes, List<String> translators,
                          String disclaimer, String fairUse) {

    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)[,\\s]*\\b(\\d{4})\\s*$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})\\b[,\\s]*(.*)$");
    private static final Pattern HOLDER_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+");

    public static Attribution of(ArticleMetadata article, Collection collection) {
        String originalTitle = article.sourceTitle().equalsIgnoreCase(article.title()) ? "" : article.sourceTitle();
        return new Attribution(article.source(), article.sourceUrl(), originalTitle, article.sourceDate(),
                "© " + article.copyright(), article.license(), article.changes(), article.translators(),
                collection.disclaimer(), collection.fairUse());
    }

    /** The copyright line without its © sign, as the holder wrote it. */
    public String copyrightText() {
        return copyrightLine.startsWith("© ") ? copyrightLine.substring(2).strip() : copyrightLine.strip();
    }

    /**
     * The copyright year: the year the copyright line starts or ends with ("…, 2024"), else the
     * year the article was first published; empty when neither is known.
     */
    public OptionalInt copyrightYear() {
        String text = copyrightText();
        Matcher trailing = TRAILING_YEAR.matcher(text);
        if (trailing.matches()) {
            return OptionalInt.of(Integer.parseInt(trailing.group(2)));
        }
        Matcher leading = LEADING_YEAR.matcher(text);
        if (leading.matches()) {
            return OptionalInt.of(Integer.parseInt(leading.group(1)));
        }
        return sourceDate == null ? OptionalInt.empty() : OptionalInt.of(sourceDate.getYear());
    }

    /**
     * The names the copyright line lists, without its year, split at commas, "and" and "&":
     * "Mira Castellane and Tomasz Rydel, The Harbour Review, 2024" gives the two authors and the
     * outlet. A name that itself contains "and" is split too, so callers match the parts against
     * names they know before relying on them.
     */
    public List<String> copyrightHolders() {
        String text = copyrightText();
        Matcher trailing = TRAILING_YEAR.matcher(text);
        Matcher leading = LEADING_YEAR.matcher(text);
        if (trailing.matches()) {
            text = trailing.group(1);
        } else if (leading.matches()) {
            text = leading.group(2);
        }
        List<String> holders = new ArrayList<>();
        for (String part : HOLDER_SEPARATOR.split(text)) {
            if (!part.isBlank()) {
                holders.add(part.strip());
            }
        }
        return holders;
    }

    /** A one-line credit for the article: "Mira Castellane and Tomasz Rydel / The Harbour Review". */
    public String creditText(List<String> authors) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            if (i > 0) {
                names.append(i == authors.size() - 1 ? " and " : ", ");
            }
            names.append(authors.get(i));
        }
        return names.length() == 0 ? source : names + " / " + source;
    }
}
