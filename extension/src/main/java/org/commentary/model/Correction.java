package org.commentary.model;

import java.time.LocalDate;

/** One correction to a republished article: when it was made and what it changed, as readers see it. */
public record Correction(LocalDate date, String text) {
}
