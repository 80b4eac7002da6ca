package org.commentary.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class AttributionDerivedFieldsTest {

    private static Attribution withCopyright(String copyright, LocalDate sourceDate) {
        return new Attribution("The Harbour Review", "https://harbour-review.example/a", "", sourceDate,
                "© " + copyright, "", "", List.of(), "disclaimer", "fair use");
    }

    @Test
    void yearAndHoldersComeFromTheCopyrightLine() {
        Attribution attribution = withCopyright("Mira Castellane and Tomasz Rydel, The Harbour Review, 2024", null);
        assertEquals("Mira Castellane and Tomasz Rydel, The Harbour Review, 2024", attribution.copyrightText());
        assertEquals(OptionalInt.of(2024), attribution.copyrightYear());
        assertEquals(List.of("Mira Castellane", "Tomasz Rydel", "The Harbour Review"), attribution.copyrightHolders());
    }

    @Test
    void aLeadingYearCountsToo() {
        Attribution attribution = withCopyright("2023 Savanna Dispatch", null);
        assertEquals(OptionalInt.of(2023), attribution.copyrightYear());
        assertEquals(List.of("Savanna Dispatch"), attribution.copyrightHolders());
    }

    @Test
    void withoutAYearTheOriginalPublicationYearIsUsedOrNone() {
        assertEquals(OptionalInt.of(2021), withCopyright("Savanna Dispatch", LocalDate.of(2021, 5, 2)).copyrightYear());
        assertEquals(OptionalInt.empty(), withCopyright("Savanna Dispatch", null).copyrightYear());
    }

    @Test
    void creditNamesAuthorsAndSource() {
        Attribution attribution = withCopyright("x", null);
        assertEquals("A, B and C / The Harbour Review", attribution.creditText(List.of("A", "B", "C")));
        assertEquals("A / The Harbour Review", attribution.creditText(List.of("A")));
    }
}
