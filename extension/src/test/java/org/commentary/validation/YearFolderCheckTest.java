package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class YearFolderCheckTest {

    private static final LocalDate JANUARY_2025 = LocalDate.of(2025, 1, 3);

    @Test
    void aDateInAnotherYearThanItsFolderIsWarnedAboutWithTheFix() {
        assertEquals(Optional.of("date 2025-01-03 is in 2025, but the file is in the 2024 folder; move it to"
                        + " content/articles/2025/ or fix the date"),
                YearFolderCheck.warning("articles/2024/x.md", JANUARY_2025, "content"));
    }

    @Test
    void aDateInItsFolderYearIsFine() {
        assertEquals(Optional.empty(), YearFolderCheck.warning("articles/2025/x.md", JANUARY_2025, "content"));
    }

    @Test
    void onlyFoldersNamedAfterAYearAreCompared() {
        assertEquals(Optional.empty(), YearFolderCheck.warning("about.md", JANUARY_2025, "content"));
        assertEquals(Optional.empty(), YearFolderCheck.warning("articles/x.md", JANUARY_2025, "content"));
        assertEquals(Optional.empty(), YearFolderCheck.warning("articles/20245/x.md", JANUARY_2025, "content"));
        assertEquals(Optional.empty(), YearFolderCheck.warning("articles/2024/x.md", null, "content"));
    }

    @Test
    void theFixKeepsTheFoldersAroundTheYear() {
        assertEquals(Optional.of("date 2025-01-03 is in 2025, but the file is in the 2023 folder; move it to"
                        + " content/2025/ or fix the date"),
                YearFolderCheck.warning("2023/x.md", JANUARY_2025, "content"));
        assertEquals(Optional.of("date 2025-01-03 is in 2025, but the file is in the 2024 folder; move it to"
                        + " content/articles/opinion/2025/ or fix the date"),
                YearFolderCheck.warning("articles/opinion/2024/x.md", JANUARY_2025, "content"));
    }
}
