package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CopyrightSuggestionTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 15);

    @Test
    void namesTheArticlesOwnAuthorsSourceAndYear() {
        assertEquals("Ana Ruiz, The Harbour Review, 2024",
                CopyrightSuggestion.of(List.of("Ana Ruiz"), "The Harbour Review", DATE));
    }

    @Test
    void joinsSeveralAuthorsAsAHolderList() {
        assertEquals("Ana Ruiz and Emre Kılıç, Savanna Dispatch, 2024",
                CopyrightSuggestion.of(List.of("Ana Ruiz", "Emre Kılıç"), "Savanna Dispatch", DATE));
        assertEquals("A, B and C, Outlet, 2024", CopyrightSuggestion.of(List.of("A", " B ", "C"), "Outlet", DATE));
    }

    @Test
    void usesNeutralPlaceholdersForWhatIsMissing() {
        assertEquals("Author Name, Original Outlet, YYYY", CopyrightSuggestion.of(List.of(), "", null));
        assertEquals("Ana Ruiz, Original Outlet, YYYY", CopyrightSuggestion.of(List.of("Ana Ruiz", ""), " ", null));
        assertEquals("Author Name, The Harbour Review, 2024", CopyrightSuggestion.of(List.of(), "The Harbour Review", DATE));
    }
}
