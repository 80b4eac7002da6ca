package org.commentary.tooling.cli;

import java.util.Locale;

import org.commentary.model.Status;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --status}: the word the header gets, {@code draft} or {@code published}. */
final class StatusOption {

    private StatusOption() {
    }

    /** {@code value} as a header word; a usage error when it is not a status. */
    static String word(CommandSpec spec, String value) {
        // A new article cannot start withdrawn: "./commentary withdraw" takes one down.
        for (Status known : new Status[] {Status.DRAFT, Status.PUBLISHED}) {
            if (known.word().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return known.word();
            }
        }
        throw new ParameterException(spec.commandLine(), "--status \"" + value + "\": use draft or published");
    }
}
