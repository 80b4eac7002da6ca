package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://harbour-review.example/2024/03/strait", "http://old.example", "HTTPS://X.EXAMPLE/",
        " https://x.example/a?b=1&c=2#f ", "https://x.example:8443/p", "http://192.0.2.1/x"})
    void webUrls(String url) {
        assertTrue(Urls.isWebUrl(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x", "data:text/html,x", "mailto:a@b.example",
        "file:///etc/passwd", "//x.example/a", "/relative/path", "x.example/a", "https://", "http:///path",
        "https://exa mple.org/", "", "https:x.example"})
    void notWebUrls(String url) {
        assertFalse(Urls.isWebUrl(url), url);
    }
}
