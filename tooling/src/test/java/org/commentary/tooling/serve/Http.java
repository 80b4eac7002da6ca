package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Requests to a running preview, and what serve adds to the pages it sends. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern SCRIPT = Pattern.compile("<script id=\"" + ReloadScript.ID + "\">.*?</script>",
            Pattern.DOTALL);

    /** A response: status, Content-Type and body. */
    record Response(int status, String type, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body without the reload script serve adds to HTML: the bytes the build wrote. */
        byte[] siteBytes() {
            return SCRIPT.matcher(text()).replaceFirst("").getBytes(StandardCharsets.UTF_8);
        }

        boolean hasReloadScript() {
            return text().contains("<script id=\"" + ReloadScript.ID + "\">");
        }
    }

    private Http() {
    }

    static Response get(URI site, String path) {
        return send(HttpRequest.newBuilder(site.resolve(path)).GET().build());
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The raw response to a GET of {@code target} exactly as written (no client normalising
     * {@code ..} away, as curl and java.net.http may).
     */
    static String raw(URI site, String target) {
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + site.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
