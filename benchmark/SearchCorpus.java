import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives a collection written by GenerateCorpus.java the vocabulary of real prose, for benchmark/search.sh.
 * GenerateCorpus draws every body word from about 150 words, so every word is in every article, which no
 * real collection does and which would make a search index unrealistically small. This rewrites each
 * body word (headers, titles and names are kept) with a word drawn from 50,000 invented words with Zipf's
 * law (s = 1.07, as in English text), and ends each published article's last paragraph with a word only
 * it holds ({@code qx...}), to check recall. Same input, same bytes.
 *
 * <p>Run with {@code java benchmark/SearchCorpus.java FOLDER}: rewrites FOLDER/content in place and writes
 * FOLDER/markers.tsv (word, page) and FOLDER/common.tsv (the words of rank 1, 10, 100, 1000, 10000).
 */
public final class SearchCorpus {

    private static final int VOCABULARY = 50_000;
    private static final double ZIPF = 1.07;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final String CONSONANTS = "bcdfghklmnprstvz";
    private static final String VOWELS = "aeiou";

    private SearchCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Random random = new Random(1_071);
        String[] words = vocabulary(random);
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            sum += 1 / Math.pow(rank + 1, ZIPF);
            cumulative[rank] = sum;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("content/articles"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            boolean asciidoc = file.toString().endsWith(".adoc");
            int body = bodyStart(lines, asciidoc);
            int last = -1;
            for (int n = body; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.equals("____")) {
                    continue;
                }
                Matcher m = WORD.matcher(line);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String word = words[draw(random, cumulative, sum)];
                    boolean upper = Character.isUpperCase(m.group().charAt(0));
                    m.appendReplacement(out, upper ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                }
                m.appendTail(out);
                lines.set(n, out.toString());
                if (!line.startsWith("#") && !line.startsWith("=") && !line.startsWith(">")) {
                    last = n;
                }
            }
            boolean published = lines.stream().anyMatch(l -> l.equals("status=published") || l.equals(":jbake-status: published"));
            if (published && last >= 0) {
                String marker = marker(i);
                String line = lines.get(last);
                lines.set(last, line.substring(0, line.length() - 1) + " " + marker + ".");
                String page = root.resolve("content").relativize(file).toString().replaceFirst("\\.(md|adoc)$", ".html");
                markers.append(marker).append('\t').append(page).append('\n');
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve("markers.tsv"), markers.toString(), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("common.tsv"), String.join("\n", words[0], words[9], words[99], words[999],
                words[9999]) + "\n", StandardCharsets.UTF_8);
    }

    // The line after the header: after "~~~~~~" in Markdown, after the first blank line in AsciiDoc.
    private static int bodyStart(List<String> lines, boolean asciidoc) {
        for (int n = 0; n < lines.size(); n++) {
            if (asciidoc ? lines.get(n).isBlank() : lines.get(n).equals("~~~~~~")) {
                return n + 1;
            }
        }
        throw new IllegalStateException("no header end");
    }

    private static int draw(Random random, double[] cumulative, double sum) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
        return Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at);
    }

    // Invented words of 2 to 4 consonant-vowel syllables, sometimes with a closing consonant.
    private static String[] vocabulary(Random random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                        .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            if (random.nextBoolean()) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    // "qx" and the article's number in letters: no invented word has a "q" or an "x".
    private static String marker(int number) {
        StringBuilder letters = new StringBuilder();
        int n = number;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "qx" + letters.reverse() + "a";
    }
}
