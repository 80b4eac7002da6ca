package org.commentary.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TermListTest {

    private static final Term ASIA = new Term("Asia, Russia and FSU", "asia-russia-and-fsu", "");
    private static final Term MENA = new Term("Middle East & North Africa", "middle-east-and-north-africa", "d");
    private final TermList list = new TermList("data/regions.yml", List.of(ASIA, MENA));

    @Test
    void findsByNameOrSlugIgnoringCaseAndSurroundingSpace() {
        assertEquals(Optional.of(ASIA), list.find("Asia, Russia and FSU"));
        assertEquals(Optional.of(ASIA), list.find("  ASIA, RUSSIA AND FSU "));
        assertEquals(Optional.of(ASIA), list.find("asia-russia-and-fsu"));
        assertEquals(Optional.of(MENA), list.find("Middle-East-And-North-Africa"));
        assertEquals(Optional.of(MENA), list.find("middle east & north africa"));
    }

    @Test
    void doesNotGuess() {
        assertEquals(Optional.empty(), list.find("Asia"));
        assertEquals(Optional.empty(), list.find("Middle East and North Africa"));
        assertEquals(Optional.empty(), list.find(""));
    }

    @Test
    void keepsOrderAndSource() {
        assertEquals(List.of("Asia, Russia and FSU", "Middle East & North Africa"), list.names());
        assertEquals(List.of(ASIA, MENA), list.terms());
        assertEquals("data/regions.yml", list.dataFile());
        assertThrows(UnsupportedOperationException.class, () -> list.names().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> list.terms().add(ASIA));
    }

    @Test
    void firstTermWinsAKeyClash() {
        Term first = new Term("Europe", "eu", "");
        Term second = new Term("EU", "european-union", "");
        TermList clashing = new TermList("x", List.of(first, second));
        assertEquals(Optional.of(first), clashing.find("eu"));
        assertEquals(Optional.of(second), clashing.find("european-union"));
    }
}
