package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("title", "date", "author", "region", "theme", "source",
            "source_url", "copyright", "status", "source_date", "source_title", "license", "changes", "summary",
            "translator", "type");
    private static final List<String> REGIONS = List.of("Asia, Russia and FSU", "Middle East & North Africa",
            "Europe", "Latin America & Caribbean", "Sub-Saharan Africa", "North America", "South Asia", "Oceania");

    @ParameterizedTest
    @CsvSource({"sorce,source", "autor,author", "authors,author", "licence,license", "sumary,summary",
        "translators,translator", "Titel,title", "sourcedate,source_date", "source-title,source_title"})
    void suggestsTheFieldATypoWasMeantToBe(String typo, String field) {
        assertEquals(Optional.of(field), Suggestions.closest(typo, FIELDS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Asia Russia and FSU        | Asia, Russia and FSU",
        "middle east and north africa | Middle East & North Africa",
        "  EUROPA  | Europe",
        "Subsaharan Africa | Sub-Saharan Africa"})
    void suggestsTheRegionATypoWasMeantToBe(String typo, String region) {
        assertEquals(Optional.of(region), Suggestions.closest(typo, REGIONS));
    }

    @Test
    void sourceUrlWithoutUnderscoreSuggestsSourceUrl() {
        assertEquals(Optional.of("source_url"), Suggestions.closest("sourceurl", FIELDS));
    }

    @Test
    void aShortSubstringOfALongValueIsTooFarToSuggest() {
        assertEquals(Optional.empty(), Suggestions.closest("Latin America", REGIONS));
        assertEquals(Optional.empty(), Suggestions.closest("url", FIELDS));
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("publisher", FIELDS));
        assertEquals(Optional.empty(), Suggestions.closest("Antarctica", REGIONS));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
    }

    @Test
    void hintWithASuggestion() {
        assertEquals("did you mean \"Europe\"? (known values are in data/regions.yml)",
                Suggestions.hint("Eurpoe", REGIONS, "data/regions.yml"));
    }

    @Test
    void hintWithoutASuggestionListsTheValues() {
        assertEquals("use one of: Energy; Trade (from data/themes.yml)",
                Suggestions.hint("Agriculture", List.of("Energy", "Trade"), "data/themes.yml"));
    }

    @ParameterizedTest
    @CsvSource({"kitten,sitting,3", "'',abc,3", "abc,'',3", "same,same,0", "flaw,lawn,2", "sorce,source,1"})
    void levenshteinDistance(String a, String b, int distance) {
        assertEquals(distance, Suggestions.distance(a, b));
        assertEquals(distance, Suggestions.distance(b, a));
    }
}
