package org.commentary.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesObjectsListsAndScalarsInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of("x", true));
        map.put("n", null);
        map.put("ids", new int[] {3, 4});
        assertEquals("{\"b\":1,\"a\":[\"x\",true],\"n\":null,\"ids\":[3,4]}", Json.write(map));
    }

    @Test
    void nothingInAStringCanCloseAScriptElementOrBreakALine() {
        String nasty = "</script><!-- \"quoted\" \\ & > \u2028\u2029\n\t\u0001";
        String json = Json.write(nasty);
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\\"quoted\\\" \\\\ \\u0026 \\u003e \\u2028\\u2029\\n\\t\\u0001\"",
                json);
        for (char forbidden : new char[] {'<', '>', '&', '\u2028', '\u2029', '\n'}) {
            assertFalse(json.indexOf(forbidden) >= 0, "raw " + (int) forbidden + " in " + json);
        }
    }

    @Test
    void keepsOtherUnicodeAsItIs() {
        assertEquals("\"Zoë Varga-Lindqvist – Kılıç © 2024\"", Json.write("Zoë Varga-Lindqvist – Kılıç © 2024"));
    }

    @Test
    void refusesWhatJsonCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertEquals("[1.5]", Json.write(Arrays.asList(1.5)));
    }
}
