package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LooseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "December 02, 2021|2021-12-02",
        "December 2 2021|2021-12-02",
        "Dec. 2, 2021|2021-12-02",
        "Sept 9, 2022|2022-09-09",
        "December 2nd, 2021|2021-12-02",
        "1 December 2021|2021-12-01",
        "01 Dec 2021.|2021-12-01",
        "1st of December, 2021|2021-12-01",
        "Thursday, 2 December 2021|2021-12-02",
        "Wednesday, December 1, 2021|2021-12-01",
        "2021-12-01|2021-12-01",
        "2021-12-01T08:30:00Z|2021-12-01",
        "december 1, 2021|2021-12-01"})
    void readsTheFormsPagesPrint(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), LooseDates.parse(text).date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"02/12/2021", "12.05.2024", "the first of December 2021", "2021", "Decembre 1, 2021"})
    void refusesAmbiguousAndUnknownForms(String text) {
        LooseDates.Result result = LooseDates.parse(text);
        assertTrue(result.date().isEmpty());
        assertTrue(result.problem().contains("is not a date form this tool reads"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 2021", "2021-13-01", "31 April 2022"})
    void refusesDaysThatDoNotExist(String text) {
        assertEquals("\"" + text + "\" is not a real date", LooseDates.parse(text).problem());
    }
}
