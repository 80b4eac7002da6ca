package org.commentary.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.commentary.vocabulary.Collection;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final Collection COLLECTION = new Collection("Ledger", "", "Disclaimer.", "Fair use.");

    private static ArticleMetadata article(String title, String sourceTitle) {
        return new ArticleMetadata(title, LocalDate.of(2024, 3, 18), List.of("Mira Castellane"), List.of(), List.of(),
                "The Harbour Review", "https://harbour-review.example/x", LocalDate.of(2024, 3, 15), sourceTitle,
                "Mira Castellane, The Harbour Review, 2024", "With permission", "Excerpted", "",
                List.of("Ana Ruiz"), Status.PUBLISHED);
    }

    @Test
    void carriesEverythingTheFooterNeeds() {
        assertEquals(new Attribution("The Harbour Review", "https://harbour-review.example/x", "Original Headline",
                LocalDate.of(2024, 3, 15), "© Mira Castellane, The Harbour Review, 2024", "With permission",
                "Excerpted", List.of("Ana Ruiz"), "Disclaimer.", "Fair use."),
                Attribution.of(article("Headline Here", "Original Headline"), COLLECTION));
    }

    @Test
    void originalTitleIsDroppedWhenItIsTheSameHeadline() {
        assertEquals("", Attribution.of(article("The Strait", "the strait"), COLLECTION).sourceTitle());
        assertEquals("", Attribution.of(article("The Strait", ""), COLLECTION).sourceTitle());
    }
}
