package org.commentary.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks links given in metadata: only absolute http(s) addresses with a host are accepted. */
public final class Urls {

    private Urls() {
    }

    public static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
