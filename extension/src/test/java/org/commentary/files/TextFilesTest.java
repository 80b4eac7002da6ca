package org.commentary.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    private String read(byte[] bytes) throws IOException {
        return TextFiles.read(TestSiteData.write(dir.resolve("f.md"), bytes));
    }

    private String read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUtf8TextUnchanged() throws IOException {
        assertEquals("title=Zoë & Kılıç\n~~~~~~\n", read("title=Zoë & Kılıç\n~~~~~~\n"));
    }

    @Test
    void dropsTheByteOrderMark() throws IOException {
        assertEquals("title=T\n", read("\uFEFFtitle=T\n"));
    }

    @Test
    void keepsAByteOrderMarkCharacterThatIsNotAtTheStart() throws IOException {
        assertEquals("a\uFEFFb", read("a\uFEFFb"));
    }

    @Test
    void turnsCrLfAndLoneCrIntoLf() throws IOException {
        assertEquals("a\nb\nc\n\nd", read("a\r\nb\rc\r\n\r\nd"));
    }

    @Test
    void bomAndCrLfTogether() throws IOException {
        assertEquals("title=T\n~~~~~~\n", read("\uFEFFtitle=T\r\n~~~~~~\r\n"));
    }

    @Test
    void invalidUtf8IsAnIOExceptionWithAHelpfulMessage() {
        // "Zo" + Latin-1 e-diaeresis: what a Windows-1252 editor saves.
        byte[] latin1 = {'Z', 'o', (byte) 0xEB, '\n'};
        IOException e = assertThrows(IOException.class, () -> read(latin1));
        assertEquals("not valid UTF-8 text; save the file as UTF-8", e.getMessage());
        assertTrue(e.getCause() instanceof CharacterCodingException);
    }

    @Test
    void truncatedMultiByteSequenceIsInvalid() {
        byte[] truncated = {'a', (byte) 0xC3};
        assertThrows(IOException.class, () -> read(truncated));
    }

    @Test
    void missingFileIsAnIOException() {
        assertThrows(IOException.class, () -> TextFiles.read(dir.resolve("absent.md")));
    }
}
